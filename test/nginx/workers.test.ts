// WORKERS=2: one port, one database, identical answers from every worker, every write seen by all of
// them, one background writer at a time, and a dead worker replaced while the others answer.
import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/server/store/createStore';
import { openDatabase } from '../../src/server/store/openDatabase';
import { freePort, get, startApp, waitFor, type RunningApp } from './harness';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local wire</title><link>http://example.com/</link>
<item><guid>local-1</guid><title>A story from the local wire</title><description>Its text.</description><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>
</channel></rss>`;

let app: RunningApp;
let metricsPort: number;
let feed: Server;
let feedRequests = 0;

beforeAll(async () => {
  const port = await freePort();
  feed = createServer((_req, res) => {
    feedRequests += 1;
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    res.end(RSS);
  });
  await new Promise<void>((ok) => feed.listen(port, '127.0.0.1', ok));
  const sources = join(process.env.TMPDIR ?? '/tmp', `newswire-workers-sources-${String(process.pid)}.json`);
  writeFileSync(sources, JSON.stringify({ sources: [{ url: `http://127.0.0.1:${String(port)}/feed.xml`, section: 'world' }] }));
  metricsPort = await freePort();
  app = await startApp({ workers: 2, env: { INGEST_SOURCES: sources, INGEST_ALLOW_PRIVATE: '1', METRICS_PORT: String(metricsPort) } });
});

afterAll(async () => {
  await app.kill();
  await new Promise((ok) => feed.close(ok));
});

const writerPids = () => [...app.output().matchAll(/Worker (\d+) runs the background writers/g)].map((m) => Number(m[1]));

describe('WORKERS=2 npm start', () => {
  it('serves /metrics from the primary with every worker’s requests added up', async () => {
    // New connections go to the workers in turn: a random worker's own figure would be about half.
    for (let i = 0; i < 10; i += 1) expect((await get(`http://${app.origin}/api/persons`)).status).toBe(200);
    const metrics = await waitFor('the metrics server', 10_000, () => get(`http://127.0.0.1:${String(metricsPort)}/metrics`).then((a) => (a.status === 200 ? a : undefined), () => undefined));
    expect(metrics.body).toMatch(/^newswire_http_requests_total\{route="\/api\/persons",method="GET",status="200"\} 10$/m);
    expect(metrics.body).toMatch(/^newswire_database_bytes\{file="main"\} [1-9]\d*$/m);
    expect(app.output()).toContain('Metrics of all 2 workers at');
  });

  it('answers with one ETag per page and API list, whichever worker answers', async () => {
    const first = await get(`http://${app.origin}/api/feed?limit=5`);
    const articlePath = new URL((JSON.parse(first.body) as { items: { url: string }[] }).items[0]!.url, 'http://x').pathname;
    for (const path of ['/', '/world', articlePath, '/api/feed?limit=5', '/api/top-stories']) {
      // New connections: node:cluster hands them to the workers in turn. Pages show the time, so a new
      // minute makes a new page (and ETag): a round that crossed one is tried again.
      const round = async () => {
        const minute = Math.floor(Date.now() / 60_000);
        const tags = new Set<string>();
        for (let i = 0; i < 8; i += 1) {
          const answer = await get(`http://${app.origin}${path}`);
          expect(answer.status, path).toBe(200);
          tags.add(String(answer.headers.etag));
        }
        return { tags, crossed: Math.floor(Date.now() / 60_000) !== minute };
      };
      let { tags, crossed } = await round();
      if (crossed) ({ tags, crossed } = await round());
      expect([...tags], path).toHaveLength(1);
    }
  });

  it('shows a story written by another process in every worker’s next answer', async () => {
    const db = openDatabase(app.databasePath);
    const title = `Written by another process ${String(Date.now())}`;
    try {
      await createStore(db).insertArticle({ section: 'world', title, lead: 'Lead.', datelinePlace: 'GENEVA', publishedAt: Date.now(), pages: ['<p>Body.</p>'], persons: [], topics: [], otherMedia: [], origin: 'feed' });
    } finally {
      db.close();
    }
    for (let i = 0; i < 8; i += 1) {
      expect((await get(`http://${app.origin}/api/feed?limit=5`)).body.includes(title), `feed, try ${String(i)}`).toBe(true);
      expect((await get(`http://${app.origin}/`)).body.includes(title), `/, try ${String(i)}`).toBe(true);
    }
  });

  it('polls the feeds from one worker; when it dies another takes over, a new worker is started, and answers go on', async () => {
    const [writer] = await waitFor('a worker given the background writers', 10_000, () => Promise.resolve(writerPids().length > 0 ? writerPids() : undefined));
    // The first poll is 5 s after the role is given: one worker polled, once.
    await waitFor('the first poll', 15_000, () => Promise.resolve(feedRequests > 0 ? true : undefined));
    await new Promise((r) => setTimeout(r, 3000));
    expect(feedRequests).toBe(1);
    expect(writerPids()).toHaveLength(1);

    const started = (app.output().match(/Newswire is running at/g) ?? []).length;
    process.kill(writer!, 'SIGKILL');
    const [, next] = await waitFor('another worker given the background writers', 5_000, () => Promise.resolve(writerPids().length > 1 ? writerPids() : undefined), 100);
    expect(next).not.toBe(writer);
    for (let i = 0; i < 4; i += 1) expect((await get(`http://${app.origin}/api/feed?limit=1`)).status).toBe(200);
    await waitFor('the new writer’s poll', 15_000, () => Promise.resolve(feedRequests > 1 ? true : undefined));
    await waitFor('a replacement worker', 30_000, () => Promise.resolve((app.output().match(/Newswire is running at/g) ?? []).length > started ? true : undefined));
    await new Promise((r) => setTimeout(r, 3000));
    expect(feedRequests).toBe(2);
    expect(app.output()).toContain(`Worker ${String(writer)} died`);
  });
});
