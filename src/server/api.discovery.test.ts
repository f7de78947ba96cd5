import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestStore } from '../../test/testStore';
import { ErrorBody, FeedPage } from '../contract/schemas';
import { Gallery, GalleryList, Infographic, InfographicList, PersonList, TopicList, TopicPage } from '../contract/discoverySchemas';
import { createApp } from './app';
import { demoGalleries } from './seed/demoGalleries';
import { demoInfographics } from './seed/demoInfographics';
import { seedDemo } from './seed/seedDemo';
import { createStore, type Store } from './store/createStore';
import { openDatabase } from './store/openDatabase';

const NOW = Date.parse('2026-11-28T12:00:00Z');
let store: Store;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  ({ store } = await createTestStore(NOW));
  app = createApp({ store, now: () => NOW, logError: () => undefined });
});

async function json(path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  return { res, body: (await res.json()) as unknown };
}

function story(title: string, topics: { slug: string; title: string }[] = []) {
  return { section: 'economy' as const, title, lead: 'Lead.', datelinePlace: 'MOSCOW', publishedAt: NOW + 60_000, pages: ['<p>Body.</p>'], persons: [], topics, otherMedia: [], origin: 'feed' as const };
}

describe('GET /api/topics and /api/persons', () => {
  it('lists every topic with its article count, by title', async () => {
    const { res, body } = await json('/api/topics');
    expect(res.status).toBe(200);
    const { topics } = TopicList.parse(body);
    expect(topics.length).toBeGreaterThanOrEqual(20);
    const titles = topics.map((t) => t.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
    for (const t of topics.slice(0, 5)) {
      const page = TopicPage.parse((await json(`/api/topics/${t.slug}?limit=100`)).body);
      expect(page.items).toHaveLength(t.articles);
    }
  });

  it('lists every person with the number of articles that mention them', async () => {
    const { persons } = PersonList.parse((await json('/api/persons')).body);
    expect(persons.find((p) => p.slug === 'irina-lavrentyeva')?.articles).toBeGreaterThan(0);
    expect(persons.every((p) => p.articles > 0)).toBe(true);
  });
});

describe('GET /api/galleries and /api/galleries/{id}', () => {
  it('lists the demo galleries newest first with photo counts and covers', async () => {
    const list = GalleryList.parse((await json('/api/galleries')).body);
    expect(list.items).toHaveLength(demoGalleries.length);
    const times = list.items.map((g) => Date.parse(g.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const g of list.items) {
      const demo = demoGalleries.find((d) => d.title === g.title);
      expect(g.photoCount).toBe(demo?.photos.length);
      expect(g.photoCount).toBeGreaterThanOrEqual(6);
      expect(g.cover.src).toMatch(/^\/images\/demo\/[a-z0-9-]+-1200\.webp$/);
      expect(g.url).toBe(`/galleries/${String(g.id)}`);
    }
  });

  it('pages the list by cursor', async () => {
    const first = GalleryList.parse((await json('/api/galleries?limit=2')).body);
    expect(first.items).toHaveLength(2);
    const second = GalleryList.parse((await json(`/api/galleries?limit=2&cursor=${first.nextCursor ?? ''}`)).body);
    expect(second.items.map((g) => g.id)).not.toContain(first.items[0]?.id);
    expect(second.nextCursor).toBeNull();
  });

  it('gives one gallery with every photo in order, with alt text, caption and credit, and its articles', async () => {
    const id = GalleryList.parse((await json('/api/galleries')).body).items[0]?.id ?? 0;
    const { res, body } = await json(`/api/galleries/${String(id)}`);
    expect(res.headers.get('Cache-Control')).toContain('max-age');
    const gallery = Gallery.parse(body);
    expect(gallery.photos).toHaveLength(gallery.photoCount);
    for (const p of gallery.photos) {
      expect(p.alt.length).toBeGreaterThan(20);
      expect(p.caption?.length).toBeGreaterThan(20);
      expect(p.credit).toBe('Newswire illustration');
      expect(p.srcset).toContain('480w');
    }
    expect(gallery.related.length).toBeGreaterThan(0);
  });

  it('ships every photo of every demo gallery at three widths, the largest under 90 KB', () => {
    for (const g of demoGalleries) {
      for (const p of g.photos) {
        for (const w of [480, 800, 1200]) {
          const bytes = readFileSync(new URL(`../../public/images/demo/${p.name}-${String(w)}.webp`, import.meta.url));
          expect(bytes.subarray(8, 12).toString()).toBe('WEBP');
          if (w === 1200) expect(bytes.length).toBeLessThan(90_000);
        }
      }
    }
  });

  it('answers 404 and 400 with the error body', async () => {
    const missing = await json('/api/galleries/999999');
    expect(missing.res.status).toBe(404);
    expect(ErrorBody.parse(missing.body).error.message).toContain('gallery');
    const bad = await json('/api/galleries/abc');
    expect(bad.res.status).toBe(400);
    expect(ErrorBody.parse(bad.body).error.message).toContain('gallery id');
  });
});

describe('GET /api/infographics and /api/infographics/{id}', () => {
  it('lists the demo infographics and gives each with its full text alternative', async () => {
    const list = InfographicList.parse((await json('/api/infographics')).body);
    expect(list.items.length).toBe(demoInfographics.length);
    for (const item of list.items) {
      const info = Infographic.parse((await json(`/api/infographics/${String(item.id)}`)).body);
      expect(info.image.src).toMatch(/^\/images\/infographics\/[a-z0-9-]+\.svg$/);
      expect(info.text.table.rows.length).toBeGreaterThan(5);
      for (const row of info.text.table.rows) expect(row).toHaveLength(info.text.table.columns.length);
      expect(info.related.length).toBeGreaterThan(0);
    }
    expect((await app.request('/api/infographics/424242')).status).toBe(404);
  });

  it('ships SVG files drawn from the same figures as the text alternative', () => {
    for (const info of demoInfographics) {
      const shipped = readFileSync(new URL(`../../public/images/infographics/${info.name}.svg`, import.meta.url), 'utf8');
      expect(shipped).toBe(info.svg());
    }
    const rate = demoInfographics.find((i) => i.key === 'key-rate-path');
    expect(rate?.text.table.rows.at(-2)).toEqual(['Latest meeting', '15.5%', '7.4%']);
    expect(rate?.svg()).toContain('Key rate 15.5%');
  });
});

describe('a database seeded before galleries existed', () => {
  it('gets the demo galleries and infographics on the next start', async () => {
    const { reanchorDemo } = await import('./seed/seedDemo');
    const db = openDatabase(':memory:');
    const old = createStore(db);
    await seedDemo(old, NOW);
    db.exec('DELETE FROM gallery_photos; DELETE FROM gallery_related; DELETE FROM galleries; DELETE FROM infographic_related; DELETE FROM infographics;');
    expect(await old.hasDemoMedia()).toBe(false);
    await reanchorDemo(old, NOW + 30_000);
    expect((await old.galleries(10, null)).items).toHaveLength(demoGalleries.length);
    expect((await old.infographics(10, null)).items).toHaveLength(demoInfographics.length);
  });
});

describe('the response cache', () => {
  it('serves the same bytes and ETag until the content changes, then the new content', async () => {
    const a = await app.request('/api/feed?limit=3');
    const b = await app.request('/api/feed?limit=3');
    const etag = a.headers.get('ETag');
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(b.headers.get('ETag')).toBe(etag);
    expect(await b.text()).toBe(await a.text());
    expect((await app.request('/api/feed?limit=3', { headers: { 'If-None-Match': etag ?? '' } })).status).toBe(304);

    const id = await store.insertArticle(story('A story that arrived just now'));
    const c = await app.request('/api/feed?limit=3', { headers: { 'If-None-Match': etag ?? '' } });
    expect(c.status).toBe(200);
    expect(FeedPage.parse(await c.json()).items[0]?.id).toBe(id);
  });

  it('notices writes made by another connection to the same database file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newswire-cache-'));
    try {
      const file = join(dir, 'shared.db');
      const server = createStore(openDatabase(file));
      await seedDemo(server, NOW);
      const fileApp = createApp({ store: server, now: () => NOW, logError: () => undefined });
      const before = TopicList.parse(await (await fileApp.request('/api/topics')).json());
      expect(before.topics.find((t) => t.slug === 'brand-new-topic')).toBeUndefined();
      const other = createStore(openDatabase(file));
      await other.insertArticle(story('Written by another process', [{ slug: 'brand-new-topic', title: 'Brand new topic' }]));
      const after = TopicList.parse(await (await fileApp.request('/api/topics')).json());
      expect(after.topics.find((t) => t.slug === 'brand-new-topic')?.articles).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is not emptied by counted reads, which change only Most read', async () => {
    const version = store.contentVersion();
    const id = FeedPage.parse(await (await app.request('/api/feed?limit=1')).json()).items[0]?.id ?? 0;
    expect((await app.request(`/api/articles/${String(id)}/views`, { method: 'POST' })).status).toBe(204);
    expect(store.contentVersion()).toBe(version);
    await store.insertArticle(story('Another'));
    expect(store.contentVersion()).not.toBe(version);
  });

  it('gzips a cached answer once for clients that accept it, and never for those that do not', async () => {
    const plain = await app.request('/api/feed', { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    const text = await plain.text();
    for (const header of ['gzip', 'gzip, deflate, br', 'br;q=1, gzip;q=0.5']) {
      const zipped = await app.request('/api/feed', { headers: { 'Accept-Encoding': header } });
      expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
      expect(zipped.headers.get('Vary')).toContain('Accept-Encoding');
      expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')).toBe(text);
    }
    const refused = await app.request('/api/feed', { headers: { 'Accept-Encoding': 'gzip;q=0' } });
    expect(refused.headers.get('Content-Encoding')).toBeNull();
  });

  it('caches neither errors nor answers that depend on the clock', async () => {
    expect((await app.request('/api/articles/999999')).status).toBe(404);
    const id = await store.insertArticle({ ...story('Late'), id: 999999 });
    expect((await app.request(`/api/articles/${String(id)}`)).status).toBe(200);
    const mostRead = await app.request('/api/most-read?period=now');
    expect(mostRead.status).toBe(200);
  });
});


describe('answers served from the cache before the app (npm start)', () => {
  it('go out with exactly the headers and bytes the app gave them, and only while fresh', async () => {
    const { createServer } = await import('node:http');
    const { getRequestListener } = await import('@hono/node-server');
    const { createResponseCache } = await import('./http/createResponseCache');
    const cache = createResponseCache({ version: () => store.contentVersion() });
    const served: string[] = [];
    const appListener = getRequestListener(createApp({ store, now: () => NOW, logError: () => undefined, cache }).fetch);
    const server = createServer((req, res) => {
      if (cache.serveNode(req, res)) served.push(req.url ?? '');
      else void appListener(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const base = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}`;
    const headersOf = (res: Response) => [...res.headers].filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name)).sort();
    try {
      for (const encoding of ['identity', 'gzip']) {
        const init = { headers: { 'Accept-Encoding': encoding } };
        const first = await fetch(`${base}/api/feed?limit=5`, init); // made by the app
        const second = await fetch(`${base}/api/feed?limit=5`, init); // from the cache, before the app
        expect(headersOf(second)).toEqual(headersOf(first));
        expect(await second.text()).toBe(await first.text());
        expect(headersOf(first).find(([n]) => n === 'x-content-type-options')).toEqual(['x-content-type-options', 'nosniff']);
      }
      expect(served).toEqual(['/api/feed?limit=5', '/api/feed?limit=5']);
      const etag = (await fetch(`${base}/api/feed?limit=5`)).headers.get('ETag') ?? '';
      const conditional = await fetch(`${base}/api/feed?limit=5`, { headers: { 'If-None-Match': etag } });
      expect(conditional.status).toBe(304); // revalidation is left to the app
      expect(served).toHaveLength(3);
      await store.insertArticle(story('Fresh news'));
      const after = FeedPage.parse(await (await fetch(`${base}/api/feed?limit=5`)).json());
      expect(after.items[0]?.title).toBe('Fresh news');
      expect(served).toHaveLength(3);
    } finally {
      server.close();
    }
  });
});

describe('a one-section feed (read from the section index)', () => {
  it('pages through exactly that section, newest first, without duplicates', async () => {
    const all = FeedPage.parse((await json('/api/feed?limit=100')).body).items.filter((i) => i.section === 'economy');
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: FeedPage = FeedPage.parse((await json(`/api/feed?sections=economy&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`)).body);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(all.map((i) => i.id));
  });
});
