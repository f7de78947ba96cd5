import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bigFeedXml } from '../../../test/bigFeedXml';
import { freePort, startServer } from '../../../test/e2e/server';
import { createStore } from '../store/createStore';
import { createIngestStore } from '../store/ingestStore';
import { openDatabase } from '../store/openDatabase';
import { ingestDocument, IngestError } from './ingestFeed';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'newswire-full-'));
const FULL = /^failed \S+: the disk is full \(SQLite: database or disk is full\); nothing of this feed was stored/;

function countFeed(database: string, prefix: string): number {
  const db = openDatabase(database);
  try {
    return db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM articles WHERE guid LIKE ?').get(`urn:${prefix}:%`)?.n ?? -1;
  } finally {
    db.close();
  }
}

describe('a full disk', () => {
  it('(SQLite max_page_count) fails the feed with one clear line, keeps none of it, reads go on, the next ingest succeeds', async () => {
    const db = openDatabase(join(dir, 'pages.db'));
    const store = createStore(db);
    const deps = { store, ingestStore: createIngestStore(db, store), now: Date.now };
    const small = { label: 'small.xml', bytes: new TextEncoder().encode(bigFeedXml(2, { prefix: 'small' })) };
    await ingestDocument(small, { section: 'world' }, deps);
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.pragma(`max_page_count = ${String(pages + 20)}`); // room for a story or two, not for the feed
    const big = { label: 'big.xml', bytes: new TextEncoder().encode(bigFeedXml(30, { prefix: 'pages' })) };
    let failure: unknown;
    try {
      await ingestDocument(big, { section: 'world' }, deps);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(IngestError);
    expect(`failed ${failure instanceof Error ? failure.message : ''}`).toMatch(FULL);
    expect((await store.feed(null, 100, null)).items.map((a) => a.title).sort()).toEqual(['Story 0 of small', 'Story 1 of small']);
    db.pragma('max_page_count = 1073741823');
    expect((await ingestDocument(big, { section: 'world' }, deps)).created).toBe(30);
    db.close();
  }, 60_000);

  // A real filesystem that fills up: a small tmpfs, where this machine lets the test mount one (root on Linux).
  const mountPoint = join(dir, 'disk');
  mkdirSync(mountPoint);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=48m', 'tmpfs', mountPoint]).status === 0;
  afterAll(() => {
    if (mounted) spawnSync('umount', ['-l', mountPoint]);
  });

  it.skipIf(!mounted)('(a tmpfs that fills up) under the running server: one clear line, none of the feed, every read answered, then success', async () => {
    const database = join(mountPoint, 'newswire.db');
    const clientDir = join(dir, 'client');
    mkdirSync(clientDir);
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>x</title>');
    const port = await freePort();
    const server = await startServer({ port, databasePath: database, clientDir });
    try {
      const feed = join(dir, 'feed.xml');
      writeFileSync(feed, bigFeedXml(200, { prefix: 'tmpfs' })); // about 1.7 MB of stories
      // Leave about 400 KB free on the disk.
      const { bavail, bsize } = statfsSync(mountPoint);
      const filler = join(mountPoint, 'filler');
      writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - 400 * 1024)));
      const ingest = () =>
        spawnSync(process.execPath, ['--import', 'tsx', 'src/server/ingest/ingestCli.ts', feed], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: database }, encoding: 'utf8', timeout: 120_000 });

      const full = ingest();
      expect(full.status).toBe(1);
      expect(full.stderr.trim().split('\n')).toHaveLength(1);
      expect(full.stderr.trim()).toMatch(FULL);
      for (const path of ['/api/health', '/api/feed', '/api/search?q=energy', '/api/top-stories']) {
        expect((await fetch(`http://127.0.0.1:${String(port)}${path}`)).status, path).toBe(200);
      }
      expect(countFeed(database, 'tmpfs')).toBe(0);

      rmSync(filler);
      const freed = ingest();
      expect(freed.stdout).toContain(`ok     ${feed}: 200 new`);
      expect(freed.status).toBe(0);
      expect(countFeed(database, 'tmpfs')).toBe(200);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  }, 180_000);
});
