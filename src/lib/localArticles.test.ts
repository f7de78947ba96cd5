import { describe, expect, it } from 'vitest';
import { Article, FeedPage } from '../contract/schemas';
import { ARTICLE_CACHE, LIST_CACHE, PREFETCH_CACHE, SAVED_AT_HEADER } from '../sw/cacheNames';
import { listLocalArticles } from './localArticles';

// A minimal CacheStorage holding real API answers (fetched from the real API through MSW), as the
// service worker would have stored them.
function cacheStorage(contents: Record<string, Map<string, Response>>): CacheStorage {
  const open = (name: string) => {
    contents[name] ??= new Map();
    const entries = contents[name];
    return {
      keys: () => Promise.resolve([...entries.keys()].map((url) => new Request(url))),
      match: (request: Request | string) => Promise.resolve(entries.get(typeof request === 'string' ? request : request.url)?.clone()),
    };
  };
  return { has: (name: string) => Promise.resolve(name in contents), open: (name: string) => Promise.resolve(open(name)) } as unknown as CacheStorage;
}

async function answer(id: number, savedAt: string): Promise<[string, Response]> {
  const url = `http://localhost/api/articles/${String(id)}`;
  const response = await fetch(url);
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT_HEADER, savedAt);
  return [url, new Response(await response.text(), { status: 200, headers })];
}

describe('articles available on this device', () => {
  it('lists opened, downloaded and saved articles once each, saved copies first, newest published first', async () => {
    const feed = FeedPage.parse(await (await fetch('http://localhost/api/feed?limit=6')).json());
    const [a, b, c, d] = feed.items.map((item) => item.id);
    const full = Article.parse(await (await fetch(`http://localhost/api/articles/${String(d!)}`)).json());
    const storage = cacheStorage({
      [ARTICLE_CACHE]: new Map([await answer(a!, '2026-01-02T10:00:00.000Z'), await answer(b!, '2026-01-02T10:00:00.000Z')]),
      [PREFETCH_CACHE]: new Map([await answer(b!, '2026-01-03T10:00:00.000Z'), await answer(c!, '2026-01-01T10:00:00.000Z')]),
      // Lists and anything unreadable are not articles.
      [LIST_CACHE]: new Map([['http://localhost/api/feed', new Response(JSON.stringify(feed))]]),
    });
    const local = await listLocalArticles({
      caches: storage,
      saved: () => Promise.resolve({ articles: [{ article: full, savedAt: '2026-01-04T09:00:00.000Z' }] }),
    });
    expect(local.map((l) => l.article.id)).toEqual([a, b, c, d]);
    expect(local.map((l) => l.source)).toEqual(['opened', 'prefetched', 'prefetched', 'saved']);
    expect(local[1]!.copiedAt).toBe('2026-01-03T10:00:00.000Z'); // the newer of two copies
    expect(local[3]!.copiedAt).toBe('2026-01-04T09:00:00.000Z');
  });

  it('skips copies that are not articles, and still lists the cached ones when saved articles cannot be read', async () => {
    const feed = FeedPage.parse(await (await fetch('http://localhost/api/feed?limit=1')).json());
    const id = feed.items[0]!.id;
    const storage = cacheStorage({
      [ARTICLE_CACHE]: new Map([
        await answer(id, '2026-01-02T10:00:00.000Z'),
        ['http://localhost/api/articles/5', new Response('{"id":5,"title":"half an article"}')],
        ['http://localhost/api/articles/6', new Response('<html>not json')],
      ]),
    });
    const local = await listLocalArticles({ caches: storage, saved: () => Promise.reject(new DOMException('blocked', 'SecurityError')) });
    expect(local.map((l) => l.article.id)).toEqual([id]);
  });

  it('is empty where the browser has neither caches nor saved articles', async () => {
    expect(await listLocalArticles({ saved: () => Promise.resolve({ articles: [] }) })).toEqual([]);
  });
});
