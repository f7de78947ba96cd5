import type { PollRecord, PollStore } from '../store/createPollStore';
import { IngestError, type IngestDeps, ingestFeed, type IngestReport, type SectionRules } from './ingestFeed';
import type { FeedSource } from './sourcesFile';

/** What the poller needs besides the ingest dependencies. */
export interface PollingOptions {
  sources: readonly FeedSource[];
  deps: IngestDeps;
  /** One line per poll: the outcome, or why a feed failed. */
  log: (line: string) => void;
  /** Where each poll is recorded for the operator (npm run sources); none in some tests. */
  polls?: PollStore;
  /** Delay before the first poll of the first source (the rest follow a few seconds apart). */
  firstDelayMs?: number;
  /** What ingests a feed: ingestFeed on `deps` unless given (the server passes its worker pool's). */
  ingest?: (target: string, rules: SectionRules, validators: { etag?: string; lastModified?: string }) => Promise<IngestReport>;
}

/** Summary line of one feed's ingest. */
export function describeReport(report: IngestReport): string {
  if (report.status === 'not-modified') return `${report.feed}: not modified`;
  if (report.status === 'empty') return `${report.feed}: valid ${report.format ?? ''} feed with no entries`;
  const skipped = report.skipped === 0 ? '' : `, ${String(report.skipped)} skipped (no title or text)`;
  const full = report.fullText === undefined || report.fullText.fetched + report.fullText.failed === 0
    ? ''
    : `; whole story fetched for ${String(report.fullText.fetched)}, summary kept for ${String(report.fullText.failed)}`;
  return `${report.feed}: ${String(report.created)} new, ${String(report.updated)} updated, ${String(report.unchanged)} unchanged${skipped}${full} (${report.format ?? ''}, ${report.encoding ?? ''})`;
}

/**
 * Polls each source on its own interval, in the background (timers do not hold the process open and
 * startup never waits for a feed). Conditional requests use the last ETag / Last-Modified.
 * Returns a function that stops polling.
 */
export function startFeedPolling({ sources, deps, log, polls, firstDelayMs = 5_000, ingest = (target, rules, validators) => ingestFeed(target, rules, deps, validators) }: PollingOptions): () => void {
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
    const interval = source.intervalMinutes * 60_000;
    const poll = (): void => {
      const startedAt = deps.now();
      const record = async (outcome: Pick<PollRecord, 'result' | 'created' | 'updated' | 'unchanged' | 'skipped' | 'error'>) => {
        const finishedAt = deps.now();
        try {
          await polls?.record({ url: source.url, startedAt, finishedAt, nextPollAt: stopped ? null : finishedAt + interval, ...outcome });
        } catch (error) {
          // The log of polls must never stop the polling itself (a full disk, a locked database).
          log(`${source.url}: the poll could not be recorded (${error instanceof Error ? error.message : String(error)})`);
        }
      };
      ingest(source.url, { section: source.section, categories: source.categories, fullText: source.fullText }, validators)
        .then(async (report) => {
          if (report.etag !== undefined) validators.etag = report.etag;
          if (report.lastModified !== undefined) validators.lastModified = report.lastModified;
          log(describeReport(report));
          const { created, updated, unchanged, skipped } = report;
          await record({ result: report.status, created, updated, unchanged, skipped, error: null });
        })
        .catch(async (error: unknown) => {
          log(`feed failed: ${error instanceof Error ? error.message : String(error)}`);
          const reason = error instanceof IngestError ? error.reason : error instanceof Error ? error.message : String(error);
          await record({ result: 'failed', created: 0, updated: 0, unchanged: 0, skipped: 0, error: reason });
        })
        .finally(() => schedule(poll, interval));
    };
    schedule(poll, firstDelayMs + index * 2_000);
  });

  return () => {
    stopped = true;
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };
}
