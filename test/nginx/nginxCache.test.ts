// The app's workers behind nginx (deploy/nginx): what a shared cache does with the app's own headers.
// Lifetimes are the app's real ones (pages max-age=30, stale-while-revalidate=60, articles 60/300,
// stale-if-error=86400 everywhere): the waits below are bounded by them, so this file takes about 2 minutes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningNginx } from '../../scripts/nginx/startNginx';
import { createStore } from '../../src/server/store/createStore';
import { openDatabase } from '../../src/server/store/openDatabase';
import { get, startApp, startCache, waitFor, type RunningApp } from './harness';

let app: RunningApp;
let nginx: RunningNginx;
let articles: { id: number; url: string }[] = [];

const status = async (path: string, headers: Record<string, string> = {}) => (await get(`${nginx.url}${path}`, headers)).headers['x-cache-status'];

beforeAll(async () => {
  app = await startApp({ workers: 2 });
  nginx = await startCache(app.origin);
  const feed = JSON.parse((await get(`http://${app.origin}/api/feed?limit=10`)).body) as { items: { id: number; url: string }[] };
  articles = feed.items.map((item) => ({ id: item.id, url: new URL(item.url, 'http://x').pathname }));
});

afterAll(async () => {
  await nginx.stop();
  await app.kill();
});

async function write(change: (store: ReturnType<typeof createStore>, db: ReturnType<typeof openDatabase>) => Promise<void> | void): Promise<void> {
  const db = openDatabase(app.databasePath);
  try {
    await change(createStore(db), db);
  } finally {
    db.close();
  }
}

describe('WORKERS=2 behind nginx', () => {
  it('answers the second request of a page, an article and an API list from the cache', async () => {
    for (const path of ['/', '/world', articles[0]!.url, '/api/feed?limit=20', `/api/articles/${String(articles[0]!.id)}`, '/api/top-stories']) {
      expect(await status(path), path).toBe('MISS');
      expect(await status(path), path).toBe('HIT');
    }
  });

  it('passes the new-stories check and POSTs straight to the app', async () => {
    const updates = `/api/feed/updates?after=${String(articles[0]!.id)}`;
    for (let i = 0; i < 2; i += 1) expect(await status(updates)).toBe('BYPASS');
    const view = await get(`${nginx.url}/api/articles/${String(articles[0]!.id)}/views`, {}, 'POST');
    expect(view.status).toBe(204);
    expect(view.headers['x-cache-status']).not.toBe('HIT');
  });

  it('gives a reader with the reader cookie their own page, and never keeps it for others', async () => {
    const cookie = { Cookie: 'theme=dark; newswire-reader=c:london' };
    const mine = await get(`${nginx.url}/politics`, cookie);
    expect(mine.headers['x-cache-status']).toBe('BYPASS');
    expect(mine.headers['cache-control']).toMatch(/^private/);
    expect(mine.body).toContain('London');
    const shared = await get(`${nginx.url}/politics`);
    expect(shared.headers['x-cache-status']).toBe('MISS');
    expect(shared.body).not.toContain('"id":"london"');
    // …and the shared copy, now kept, is not given to the reader either.
    expect((await get(`${nginx.url}/politics`, cookie)).headers['x-cache-status']).toBe('BYPASS');
  });

  it('shows a new story on / within max-age + 5 s, and stops serving a story taken down within its max-age + 5 s', async () => {
    const title = `Ingested while nginx holds the page ${String(Date.now())}`;
    const gone = articles[1]!;
    await get(`${nginx.url}/`);
    expect(await status('/')).toBe('HIT');
    await get(`${nginx.url}${gone.url}`);
    expect(await status(gone.url)).toBe('HIT');
    await write(async (store, db) => {
      await store.insertArticle({ section: 'world', title, lead: 'Lead.', datelinePlace: 'GENEVA', publishedAt: Date.now(), pages: ['<p>Body.</p>'], persons: [], topics: [], otherMedia: [], origin: 'feed' });
      db.prepare('DELETE FROM articles WHERE id = ?').run(gone.id);
    });
    const start = Date.now();
    const [appeared, removed] = await Promise.all([
      waitFor('the new story on / through nginx', 35_000, async () => ((await get(`${nginx.url}/`)).body.includes(title) ? Date.now() - start : undefined)),
      waitFor('the article taken down answering 404 through nginx', 65_000, async () => ((await get(`${nginx.url}${gone.url}`)).status === 404 ? Date.now() - start : undefined)),
    ]);
    console.log(`new story on / after ${String(appeared)} ms; article gone after ${String(removed)} ms`);
  });

  it('answers cached pages, articles and API lists with their stale copies once every app process is killed', async () => {
    const paths = ['/', '/world', articles[2]!.url, '/api/feed?limit=20', `/api/articles/${String(articles[2]!.id)}`];
    const kept = new Map<string, string>();
    for (const path of paths) {
      // A copy past its max-age is being updated in the background: wait for the fresh one.
      const answer = await waitFor(`a fresh copy of ${path}`, 10_000, async () => {
        const got = await get(`${nginx.url}${path}`);
        return got.headers['x-cache-status'] === 'HIT' ? got : undefined;
      });
      kept.set(path, answer.body);
    }
    const storedAt = Date.parse(String((await get(`${nginx.url}/`)).headers.date));
    await app.kill();
    expect((await get(`${nginx.url}/api/feed/updates?after=1`)).status).toBe(502);
    // Past `/`'s max-age + stale-while-revalidate (30 + 60 s): only the app's stale-if-error lets nginx answer now.
    await new Promise((r) => setTimeout(r, Math.max(0, storedAt + 95_000 - Date.now())));
    for (const path of paths) {
      const answer = await get(`${nginx.url}${path}`);
      expect(answer.status, path).toBe(200);
      expect(answer.body, path).toBe(kept.get(path));
      expect(['STALE', 'UPDATING', 'HIT'], path).toContain(answer.headers['x-cache-status']);
    }
    expect(await status('/')).toBe('STALE');
  });
});
