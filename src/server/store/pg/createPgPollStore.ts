import { fromRow, POLLS_KEPT, type PollRecord, type PollRow, type PollStore } from '../createPollStore';
import type { PgDb } from './openPgDatabase';

/** The feed-poll log over PostgreSQL (createPollStore's twin). */
export function createPgPollStore(db: PgDb): PollStore {
  return {
    async record(poll: PollRecord) {
      await db.transaction(async () => {
        await db.write(
          `INSERT INTO feed_polls (url, started_at, finished_at, result, created, updated, unchanged, skipped, error, next_poll_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [poll.url, poll.startedAt, poll.finishedAt, poll.result, poll.created, poll.updated, poll.unchanged, poll.skipped, poll.error, poll.nextPollAt],
        );
        await db.write(
          'DELETE FROM feed_polls WHERE url = $1 AND id NOT IN (SELECT id FROM feed_polls WHERE url = $1 ORDER BY started_at DESC, id DESC LIMIT $2)',
          [poll.url, POLLS_KEPT],
        );
      });
    },

    async status(url: string) {
      const last = await db.row<PollRow>('SELECT * FROM feed_polls WHERE url = $1 ORDER BY started_at DESC, id DESC LIMIT 1', [url]);
      const error = await db.row<{ started_at: number; error: string }>(
        'SELECT started_at, error FROM feed_polls WHERE url = $1 AND error IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT 1',
        [url],
      );
      return { url, lastPoll: last === undefined ? null : fromRow(last), lastError: error === undefined ? null : { at: error.started_at, error: error.error } };
    },

    async polledUrls() {
      return (await db.rows<{ url: string }>('SELECT DISTINCT url FROM feed_polls ORDER BY url')).map((r) => r.url);
    },
  };
}
