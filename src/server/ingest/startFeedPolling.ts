import { type IngestDeps, ingestFeed, type IngestReport, type SectionRules } from './ingestFeed';
import type { FeedSource } from './sourcesFile';

/** What the poller needs besides the ingest dependencies. */
export interface PollingOptions {
  sources: readonly FeedSource[];
  deps: IngestDeps;
  /** One line per poll: the outcome, or why a feed failed. */
  log: (line: string) => void;
  /** Delay before the first poll of the first source (the rest follow a few seconds apart). */
  firstDelayMs?: number;
  /** What ingests a feed: ingestFeed on `deps` unless given (the server passes its worker pool's). */
  ingest?: (target: string, rules: SectionRules, validators: { etag?: string; lastModified?: string }) => Promise<IngestReport>;
}

/** Summary line of one feed's ingest. */
export function describeReport(report: IngestReport): string {
  if (report.status === 'not-modified') return `${report.feed}: not modified`;
  if (report.status === 'empty') return `${report.feed}: valid ${report.format ?? ''} feed with no entries`;
  return `${report.feed}: ${String(report.created)} new, ${String(report.updated)} updated, ${String(report.unchanged)} unchanged (${report.format ?? ''}, ${report.encoding ?? ''})`;
}

/**
 * Polls each source on its own interval, in the background (timers do not hold the process open and
 * startup never waits for a feed). Conditional requests use the last ETag / Last-Modified.
 * Returns a function that stops polling.
 */
export function startFeedPolling({ sources, deps, log, firstDelayMs = 5_000, ingest = (target, rules, validators) => ingestFeed(target, rules, deps, validators) }: PollingOptions): () => void {
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  const schedule = (fn: () => void, ms: number): void => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timer.unref();
    timers.add(timer);
  };

  sources.forEach((source, index) => {
    const validators: { etag?: string; lastModified?: string } = {};
    const poll = (): void => {
      ingest(source.url, { section: source.section, categories: source.categories }, validators)
        .then((report) => {
          if (report.etag !== undefined) validators.etag = report.etag;
          if (report.lastModified !== undefined) validators.lastModified = report.lastModified;
          log(describeReport(report));
        })
        .catch((error: unknown) => log(`feed failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => schedule(poll, source.intervalMinutes * 60_000));
    };
    schedule(poll, firstDelayMs + index * 2_000);
  });

  return () => {
    stopped = true;
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };
}
