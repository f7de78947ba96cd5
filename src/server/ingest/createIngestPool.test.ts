import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bigFeedXml } from '../../../test/bigFeedXml';
import { FeedPage, Health } from '../../contract/schemas';
import { createApp } from '../app';
import { createStore } from '../store/createStore';
import { openDatabase } from '../store/openDatabase';
import { createIngestPool } from './createIngestPool';
import { IngestError } from './ingestFeed';

const dir = mkdtempSync(join(tmpdir(), 'newswire-pool-'));
const databasePath = join(dir, 'pool.db');
const db = openDatabase(databasePath);
const app = createApp({ store: createStore(db), logError: () => undefined });
const pool = createIngestPool({ location: { kind: 'sqlite', path: databasePath }, allowPrivate: false });

afterAll(async () => {
  await pool.close();
  db.close();
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
