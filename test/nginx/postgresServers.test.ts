// Several machines: two servers (each WORKERS=2, different ports) on one PostgreSQL database. A write
// by any process is in the other server's next answer (LISTEN/NOTIFY), reads counted on both add up,
// one server of the two runs the background writers (an advisory lock) and the other takes over when
// it dies, and an ingest killed in the middle leaves none of its feed. Needs TEST_DATABASE_URL.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleList, FeedPage } from '../../src/contract/schemas';
import { createTestSchema } from '../testStore';
import { freePort, get, startApp, tempDir, waitFor, type RunningApp } from './harness';

const url = process.env.TEST_DATABASE_URL ?? '';
if (url === '' && process.env.CI === 'true') throw new Error('CI=true: TEST_DATABASE_URL must name a PostgreSQL database for the several-servers test.');
if (url === '') console.warn('several servers on PostgreSQL: SKIPPED, TEST_DATABASE_URL is not set (see README, "Several machines: PostgreSQL").');

const BIG = 300;
const item = (guid: string, title: string) =>
  `<item><guid>${guid}</guid><title>${title}</title><description>${'A paragraph of the story. '.repeat(30)}</description><pubDate>${new Date().toUTCString()}</pubDate></item>`;
const rss = (items: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>http://example.com/</link>${items.join('')}</channel></rss>`;

let schema = '';
let databaseUrl = '';
let feed: Server;
let feedOrigin = '';
let polled = 0;
let a: RunningApp;
let b: RunningApp;
const dir = tempDir('pg-servers');

beforeAll(async () => {
  if (url === '') return;
  schema = await createTestSchema();
  databaseUrl = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  feed = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    if (req.url === '/polled.xml') {
      polled += 1;
      res.end(rss([item('polled-1', 'A story the lock holder polled')]));
    } else if (req.url === '/one.xml') res.end(rss([item('cli-1', 'A story ingested by a third process')]));
    else res.end(rss(Array.from({ length: BIG }, (_, i) => item(`big-${String(i)}`, `Big feed story ${String(i)}`))));
  });
  const port = await freePort();
  await new Promise<void>((ok) => feed.listen(port, '127.0.0.1', ok));
  feedOrigin = `http://127.0.0.1:${String(port)}`;
  const sources = join(dir, 'sources.json');
  writeFileSync(sources, JSON.stringify({ sources: [{ url: `${feedOrigin}/polled.xml`, section: 'world' }] }));
  const env = { DATABASE_URL: databaseUrl, INGEST_SOURCES: sources, INGEST_ALLOW_PRIVATE: '1' };
  a = await startApp({ workers: 2, env });
  b = await startApp({ workers: 2, env });
});

afterAll(async () => {
  if (url === '') return;
  await a.kill();
  await b.kill();
  await new Promise((ok) => feed.close(ok));
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

const feedTitles = async (app: RunningApp) => FeedPage.parse(JSON.parse((await get(`http://${app.origin}/api/feed?limit=50`)).body)).items.map((i) => i.title);
const holders = () => [a, b].filter((app) => app.output().includes('this server holds the background-writers lock'));

function ingest(feedPath: string): { done: Promise<{ code: number | null; output: string }>; kill: () => void } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/ingest/ingestCli.ts', `${feedOrigin}${feedPath}`, '--allow-private'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return { done: new Promise((ok) => child.once('exit', (code) => ok({ code, output }))), kill: () => child.kill('SIGKILL') };
}

describe.skipIf(url === '')('two servers with WORKERS=2 on one PostgreSQL database', () => {
  it('run the background writers in one server only, and the feed it polled is in both', async () => {
    await waitFor('the polled story on both servers', 30_000, async () =>
      (await feedTitles(a)).includes('A story the lock holder polled') && (await feedTitles(b)).includes('A story the lock holder polled') ? true : undefined,
    );
    expect(holders()).toHaveLength(1);
    expect(polled).toBe(1);
  });

  it('show a story written by another process in their next answer, whichever worker answers', async () => {
    for (const app of [a, b]) for (let i = 0; i < 4; i += 1) expect(await feedTitles(app)).not.toContain('A story ingested by a third process');
    const { code, output } = await ingest('/one.xml').done;
    expect(code, output).toBe(0);
    // No waiting beyond the notification's trip: within a second, every worker of both servers has it.
    await waitFor('the new story everywhere', 2000, async () => {
      const lists = await Promise.all([a, a, b, b].map(feedTitles));
      return lists.every((titles) => titles[0] === 'A story ingested by a third process') ? true : undefined;
    }, 50);
  });

  it('add up the reads counted on both servers', async () => {
    const [x, y] = FeedPage.parse(JSON.parse((await get(`http://${a.origin}/api/feed?limit=2`)).body)).items;
    const read = async (app: RunningApp, id: number, times: number) => {
      for (let i = 0; i < times; i += 1) expect((await get(`http://${app.origin}/api/articles/${String(id)}/views`, {}, 'POST')).status).toBe(204);
    };
    // x: 3 reads on one server and 2 on the other; y: 4 on one. Only the sum puts x above y.
    await read(a, x!.id, 3);
    await read(b, x!.id, 2);
    await read(a, y!.id, 4);
    for (const app of [a, b]) {
      await waitFor('Most read with both servers’ reads', 20_000, async () => {
        // The demo's own reads are in the list too: what matters is that x (5) ranks above y (4).
        const ids = ArticleList.parse(JSON.parse((await get(`http://${app.origin}/api/most-read?period=now&limit=100`)).body)).items.map((i) => i.id);
        return ids.includes(x!.id) && ids.includes(y!.id) && ids.indexOf(x!.id) < ids.indexOf(y!.id) ? true : undefined;
      });
    }
  });

  it('leave none of a feed whose ingest was killed in the middle, and all of it when it finishes', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const count = async () => (await client.query<{ n: string }>("SELECT count(*) AS n FROM articles WHERE guid LIKE '%big-%'")).rows[0]!.n;
    try {
      for (const delay of [600, 900, 1200, 1500]) {
        const run = ingest('/big.xml');
        await new Promise((r) => setTimeout(r, delay));
        run.kill();
        const { code } = await run.done;
        expect(['0', String(BIG)]).toContain(await count());
        if (code === 0) break;
      }
      const { code, output } = await ingest('/big.xml').done;
      expect(code, output).toBe(0);
      expect(await count()).toBe(String(BIG));
    } finally {
      await client.end();
    }
  });

  it('hand the background writers to the other server when the holder dies', async () => {
    const [holder] = holders();
    const other = holder === a ? b : a;
    await holder!.kill();
    await waitFor('the other server takes the lock', 15_000, () => Promise.resolve(other.output().includes('this server holds the background-writers lock') ? true : undefined), 200);
    await waitFor('the new holder polls', 15_000, () => Promise.resolve(polled === 2 ? true : undefined), 200);
    expect((await get(`http://${other.origin}/api/feed?limit=1`)).status).toBe(200);
  });
});
