import type { Db } from './openDatabase';

/** How one poll of a feed ended. */
export type PollResult = 'imported' | 'empty' | 'not-modified' | 'failed';

/** One poll, as the poller records it. */
export interface PollRecord {
  url: string;
  startedAt: number;
  finishedAt: number;
  result: PollResult;
  created: number;
  updated: number;
  unchanged: number;
  /** Entries with neither title nor text, not stored. */
  skipped: number;
  error: string | null;
  nextPollAt: number | null;
}

/** What the operator sees of one source: its last poll and its last failure. */
export interface SourceStatus {
  url: string;
  lastPoll: PollRecord | null;
  lastError: { at: number; error: string } | null;
}

/** Polls kept per feed: a day and more of polls every 5 minutes; older ones are deleted as new ones arrive. */
export const POLLS_KEPT = 300;

/** A row of feed_polls, as both stores read it. */
export interface PollRow {
  [column: string]: unknown;
  url: string;
  started_at: number;
  finished_at: number;
  result: PollResult;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  error: string | null;
  next_poll_at: number | null;
}

/** A feed_polls row as a PollRecord. */
export const fromRow = (row: PollRow): PollRecord => ({
  url: row.url,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  result: row.result,
  created: row.created,
  updated: row.updated,
  unchanged: row.unchanged,
  skipped: row.skipped,
  error: row.error,
  nextPollAt: row.next_poll_at,
});

/** The feed-poll log (migration 4), as prepared statements. */
export function createPollStore(db: Db) {
  const stmt = {
    insert: db.prepare(
      `INSERT INTO feed_polls (url, started_at, finished_at, result, created, updated, unchanged, skipped, error, next_poll_at)
       VALUES (@url, @startedAt, @finishedAt, @result, @created, @updated, @unchanged, @skipped, @error, @nextPollAt)`,
    ),
    prune: db.prepare<[string, string, number]>(
      `DELETE FROM feed_polls WHERE url = ? AND id NOT IN (SELECT id FROM feed_polls WHERE url = ? ORDER BY started_at DESC, id DESC LIMIT ?)`,
    ),
    last: db.prepare<[string], PollRow>('SELECT * FROM feed_polls WHERE url = ? ORDER BY started_at DESC, id DESC LIMIT 1'),
    lastError: db.prepare<[string], { started_at: number; error: string }>(
      'SELECT started_at, error FROM feed_polls WHERE url = ? AND error IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT 1',
    ),
    urls: db.prepare<[], { url: string }>('SELECT DISTINCT url FROM feed_polls ORDER BY url'),
  };
  return {
    /** Records a poll and drops that feed's polls beyond POLLS_KEPT. */
    async record(poll: PollRecord): Promise<void> {
      db.transaction(() => {
        stmt.insert.run(poll);
        stmt.prune.run(poll.url, poll.url, POLLS_KEPT);
      })();
    },

    /** The last poll and last error of `url` (nulls when it was never polled). */
    async status(url: string): Promise<SourceStatus> {
      const last = stmt.last.get(url);
      const error = stmt.lastError.get(url);
      return { url, lastPoll: last === undefined ? null : fromRow(last), lastError: error === undefined ? null : { at: error.started_at, error: error.error } };
    },

    /** Every feed URL with a recorded poll. */
    async polledUrls(): Promise<string[]> {
      return stmt.urls.all().map((r) => r.url);
    },
  };
}

/** The poll store's interface. */
export type PollStore = ReturnType<typeof createPollStore>;
