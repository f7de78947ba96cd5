import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bigFeedXml } from '../../../test/bigFeedXml';
import { FeedPage, Health } from '../../contract/schemas';
import { createApp } from '../app';
import { createEmptyTestBackend, TEST_ENGINE } from '../../../test/testStore';
import { openBackend } from '../store/openBackend';
import { createIngestPool } from './createIngestPool';
import { IngestError } from './ingestFeed';

const dir = mkdtempSync(join(tmpdir(), 'newswire-pool-'));
// On both stores: the workers' own connections write, and this thread's answers (cached by the
// content version) follow. SQLite needs a file the threads share; PostgreSQL a schema of its own.
const backend = TEST_ENGINE === 'sqlite' ? await openBackend({ kind: 'sqlite', path: join(dir, 'pool.db') }) : await createEmptyTestBackend();
const app = createApp({ store: backend.store, logError: () => undefined });
const pool = createIngestPool({ location: backend.location, allowPrivate: false });

afterAll(async () => {
  await pool.close();
  if (TEST_ENGINE === 'sqlite') await backend.close();
});

async function health(): Promise<number> {
  return Health.parse(await (await app.request('/api/health')).json()).articles;
}

describe('createIngestPool', () => {
  it('ingests on a worker thread while this thread goes on answering, and the answers then show the new stories', async () => {
    const feed = join(dir, 'feed.xml');
    writeFileSync(feed, bigFeedXml(100, { prefix: 'pool' }));
    expect(await health()).toBe(0);
    expect(FeedPage.parse(await (await app.request('/api/feed')).json()).items).toEqual([]); // now cached
    const state = { done: false };
    const ingest = pool.ingest(feed, { section: 'economy' }).finally(() => (state.done = true));
    let answered = 0;
    while (!state.done) {
      await health();
      answered += 1;
    }
    const report = await ingest;
    expect(report).toMatchObject({ feed, status: 'imported', created: 100 });
    // Parsing and sanitizing 100 stories on this thread would have left it no moment to answer.
    expect(answered).toBeGreaterThan(200);
    expect(await health()).toBe(100);
    // The cached feed knows the worker's commit (another connection) and is made again.
    const items = FeedPage.parse(await (await app.request('/api/feed')).json()).items;
    expect(items).toHaveLength(20);
    expect(items[0]?.section).toBe('economy');
  }, 120_000);

  it("passes on a feed's failure as an IngestError with its one line", async () => {
    const missing = join(dir, 'missing.xml');
    const failure = await pool.ingest(missing, { section: 'world' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(IngestError);
    expect(failure instanceof Error ? failure.message : '').toBe(`${missing}: no such file`);
  }, 60_000);
});
