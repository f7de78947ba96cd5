import type { PollStore } from '../store/createPollStore';
import type { FeedSource } from './sourcesFile';

/** One source as the operator sees it (`npm run sources`, and its `--json`). */
export interface SourceReport {
  url: string;
  /** Its settings, or null for a feed that was polled but is no longer in the sources file. */
  settings: Pick<FeedSource, 'section' | 'intervalMinutes' | 'fullText'> | null;
  lastPoll: {
    at: string;
    result: 'imported' | 'empty' | 'not-modified' | 'failed';
    created: number;
    updated: number;
    unchanged: number;
    skipped: number;
    error: string | null;
  } | null;
  lastError: { at: string; error: string } | null;
  nextPoll: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Every source of the file, then every other feed with recorded polls, with its last poll, last error and next poll. */
export async function sourcesReport(sources: readonly FeedSource[], polls: PollStore): Promise<SourceReport[]> {
  const listed = new Set(sources.map((s) => s.url));
  const entries: { url: string; settings: SourceReport['settings'] }[] = [
    ...sources.map((s) => ({ url: s.url, settings: { section: s.section, intervalMinutes: s.intervalMinutes, fullText: s.fullText } })),
    ...(await polls.polledUrls()).filter((url) => !listed.has(url)).map((url) => ({ url, settings: null })),
  ];
  return Promise.all(entries.map(async ({ url, settings }) => {
    const status = await polls.status(url);
    const poll = status.lastPoll;
    return {
      url,
      settings,
      lastPoll: poll === null ? null : {
        at: iso(poll.startedAt),
        result: poll.result,
        created: poll.created,
        updated: poll.updated,
        unchanged: poll.unchanged,
        skipped: poll.skipped,
        error: poll.error,
      },
      lastError: status.lastError === null ? null : { at: iso(status.lastError.at), error: status.lastError.error },
      nextPoll: poll === null || poll.nextPollAt === null ? null : iso(poll.nextPollAt),
    };
  }));
}

// "2026-12-04 01:20 UTC": minutes are what an operator reads; the JSON has full ISO times.
const when = (isoTime: string) => `${isoTime.slice(0, 10)} ${isoTime.slice(11, 16)} UTC`;

function pollLine(poll: NonNullable<SourceReport['lastPoll']>): string {
  if (poll.result === 'failed') return `failed: ${poll.error ?? 'unknown error'}`;
  if (poll.result === 'not-modified') return 'not modified';
  if (poll.result === 'empty') return 'a valid feed with no entries';
  const skipped = poll.skipped === 0 ? '' : `, ${String(poll.skipped)} skipped (no title or text)`;
  return `ok: ${String(poll.created)} new, ${String(poll.updated)} updated, ${String(poll.unchanged)} unchanged${skipped}`;
}

/** The report as text, a few lines per source. */
export function formatSourcesReport(reports: readonly SourceReport[], sourcesFile: string | null): string {
  if (reports.length === 0) {
    return sourcesFile === null
      ? 'No sources: no sources file (set INGEST_SOURCES or pass --sources) and no recorded polls.\n'
      : `No sources in ${sourcesFile} and no recorded polls.\n`;
  }
  const out: string[] = [];
  for (const r of reports) {
    const settings = r.settings === null
      ? 'not in the sources file'
      : `${r.settings.section}, every ${String(r.settings.intervalMinutes)} min${r.settings.fullText ? ', full text' : ''}`;
    out.push(`${r.url}  (${settings})`);
    out.push(`  last poll   ${r.lastPoll === null ? 'never' : `${when(r.lastPoll.at)} — ${pollLine(r.lastPoll)}`}`);
    out.push(`  last error  ${r.lastError === null ? 'none' : `${when(r.lastError.at)} — ${r.lastError.error}`}`);
    out.push(`  next poll   ${r.nextPoll === null ? (r.settings === null ? 'none' : 'when the server polls (INGEST_SOURCES)') : when(r.nextPoll)}`);
  }
  return `${out.join('\n')}\n`;
}
