import { describe, expect, it } from 'vitest';
import { createEmptyTestBackend, testRows } from '../../../test/testStore';
import { POLLS_KEPT, type PollRecord } from './createPollStore';

const poll = (url: string, startedAt: number, extra: Partial<PollRecord> = {}): PollRecord => ({
  url, startedAt, finishedAt: startedAt + 500, result: 'imported', created: 1, updated: 0, unchanged: 0, skipped: 0, error: null, nextPollAt: startedAt + 60_000, ...extra,
});

// On both stores (server and server-postgres projects).
describe('the poll store', () => {
  it('answers the last poll and the last error of a feed, which may be older', async () => {
    const { polls } = await createEmptyTestBackend();
    expect(await polls.status('https://a.example/rss')).toEqual({ url: 'https://a.example/rss', lastPoll: null, lastError: null });
    await polls.record(poll('https://a.example/rss', 1000, { result: 'failed', created: 0, error: 'HTTP 503 Service Unavailable' }));
    await polls.record(poll('https://a.example/rss', 2000, { skipped: 3 }));
    await polls.record(poll('https://b.example/rss', 1500));
    expect(await polls.status('https://a.example/rss')).toEqual({
      url: 'https://a.example/rss',
      lastPoll: poll('https://a.example/rss', 2000, { skipped: 3 }),
      lastError: { at: 1000, error: 'HTTP 503 Service Unavailable' },
    });
    expect(await polls.polledUrls()).toEqual(['https://a.example/rss', 'https://b.example/rss']);
  });

  it(`keeps the newest ${String(POLLS_KEPT)} polls of each feed`, async () => {
    const backend = await createEmptyTestBackend();
    const { polls } = backend;
    for (let i = 0; i < POLLS_KEPT + 5; i++) await polls.record(poll('https://a.example/rss', i * 1000));
    await polls.record(poll('https://b.example/rss', 0));
    const count = (url: string) => testRows<{ n: number; oldest: number }>(backend, 'SELECT count(*) AS n, min(started_at) AS oldest FROM feed_polls WHERE url = ?', [url]);
    expect(await count('https://a.example/rss')).toEqual([{ n: POLLS_KEPT, oldest: 5000 }]);
    expect((await count('https://b.example/rss'))[0]?.n).toBe(1);
  });

  it('refuses negative counts (CHECK constraints)', async () => {
    const { polls } = await createEmptyTestBackend();
    await expect(polls.record({ ...poll('https://a.example/rss', 0), created: -1 })).rejects.toThrow(/CHECK constraint failed|violates check constraint/);
  });
});
