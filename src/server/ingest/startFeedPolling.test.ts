import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyTestBackend } from '../../../test/testStore';
import { DEFAULT_FETCH_OPTIONS } from './fetchFeed';
import { startFeedPolling } from './startFeedPolling';
import type { FeedSource } from './sourcesFile';
import { startSourcesPolling } from './startSourcesPolling';

let server: Server;
let origin: string;
let requests = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests += 1;
    if (req.url === '/rss') {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end('<rss version="2.0"><channel><title>Poll</title><item><guid>urn:p1</guid><title>Polled story</title><category>Markets</category></item></channel></rss>');
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

// On both stores (server and server-postgres projects).
async function setup() {
  const { store, ingestStore, polls } = await createEmptyTestBackend();
  const host = new URL(origin).host;
  return { store, polls, deps: { store, ingestStore, now: Date.now, fetchOptions: { ...DEFAULT_FETCH_OPTIONS, allowHosts: [host] } } };
}

describe('startFeedPolling', () => {
  it('polls in the background without holding up the caller, logs one line per feed, records each poll, and stops', async () => {
    const { store, polls, deps } = await setup();
    const lines: string[] = [];
    let resolveFirst: () => void = () => undefined;
    const polled = new Promise<void>((resolve) => (resolveFirst = resolve));
    const sources: FeedSource[] = [
      { url: `${origin}/rss`, section: 'world', categories: { markets: 'economy' }, intervalMinutes: 5, fullText: false },
      { url: `${origin}/gone`, section: 'world', categories: {}, intervalMinutes: 5, fullText: false },
    ];
    const before = requests;
    const stop = startFeedPolling({ sources, deps, polls, firstDelayMs: 0, log: (line) => {
      lines.push(line);
      if (lines.length === 2) resolveFirst();
    } });
    expect(requests).toBe(before);
    expect(lines).toEqual([]);
    await polled;
    stop();
    expect(lines).toEqual([`${origin}/rss: 1 new, 0 updated, 0 unchanged (rss, utf-8)`, `feed failed: ${origin}/gone: HTTP 404 Not Found`]);
    expect((await store.feed(null, 5, null)).items.map((a) => [a.title, a.section])).toEqual([['Polled story', 'economy']]);
    const ok = await polls.status(`${origin}/rss`);
    expect(ok.lastPoll).toMatchObject({ result: 'imported', created: 1, updated: 0, unchanged: 0, skipped: 0, error: null });
    expect((ok.lastPoll?.nextPollAt ?? 0) - (ok.lastPoll?.finishedAt ?? 0)).toBe(5 * 60_000);
    expect(ok.lastError).toBeNull();
    const gone = await polls.status(`${origin}/gone`);
    expect(gone.lastPoll).toMatchObject({ result: 'failed', error: 'HTTP 404 Not Found' });
    expect(gone.lastError?.error).toBe('HTTP 404 Not Found');
    expect(await polls.polledUrls()).toEqual([`${origin}/gone`, `${origin}/rss`]);
  });
});

describe('startSourcesPolling', () => {
  it('is off without INGEST_SOURCES, and reports a bad sources file instead of failing the server', async () => {
    const { store, polls, deps } = await setup();
    const polling = { store, ingestStore: deps.ingestStore, polls };
    const lines: string[] = [];
    startSourcesPolling({ ...polling, env: {}, log: (l) => lines.push(l) })();
    expect(lines).toEqual([]);
    const path = join(mkdtempSync(join(tmpdir(), 'newswire-poll-')), 'sources.json');
    writeFileSync(path, '{"sources": [{"url": "gopher://x"}]}');
    startSourcesPolling({ ...polling, env: { INGEST_SOURCES: path }, log: (l) => lines.push(l) })();
    expect(lines).toEqual([`sources file ${path}: sources.0.url: must be an absolute http(s) URL; feed polling is off`]);
  });

  it('starts polling the sources of a valid file', async () => {
    const { store, polls, deps } = await setup();
    const path = join(mkdtempSync(join(tmpdir(), 'newswire-poll-')), 'sources.json');
    writeFileSync(path, JSON.stringify({ sources: [{ url: `${origin}/rss` }] }));
    const lines: string[] = [];
    const stop = startSourcesPolling({ store, ingestStore: deps.ingestStore, polls, env: { INGEST_SOURCES: path }, log: (l) => lines.push(l) });
    stop();
    expect(lines).toEqual([`polling 1 feed(s) from ${path}`]);
  });
});
