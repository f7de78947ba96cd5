import { describe, expect, it } from 'vitest';
import { apiStore } from '../../../test/setup';
import { prefetchSections } from './prefetchSections';

// Cache Storage in memory (jsdom has none): what prefetchSections uses of it.
function memoryCaches(): CacheStorage & { paths: () => string[] } {
  const entries = new Map<string, Response>();
  const key = (request: RequestInfo | URL) => new URL(typeof request === 'string' ? request : request instanceof URL ? request.href : request.url, 'http://localhost').pathname;
  const cache = {
    match: (request: RequestInfo | URL) => Promise.resolve(entries.get(key(request))?.clone()),
    put: (request: RequestInfo | URL, response: Response) => Promise.resolve(void entries.set(key(request), response)),
    keys: () => Promise.resolve([...entries.keys()].map((path) => new Request(`http://localhost${path}`))),
    delete: (request: RequestInfo | URL) => Promise.resolve(entries.delete(key(request))),
  };
  const storage = {
    open: () => Promise.resolve(cache),
    has: () => Promise.resolve(true),
    delete: () => Promise.resolve(entries.size > 0 && (entries.clear(), true)),
    paths: () => [...entries.keys()].sort(),
  };
  return storage as unknown as CacheStorage & { paths: () => string[] };
}

describe('background downloads', () => {
  it('keeps the newest stories of the sections and of what the reader follows, within one budget', async () => {
    const id = await apiStore.insertArticle({
      section: 'society', title: 'A story of a followed person', lead: 'Lead.', datelinePlace: 'TVER', publishedAt: Date.now() + 60_000,
      pages: ['<p>Body.</p>'], persons: [{ slug: 'prefetch-person', name: 'Pia Fetch' }], topics: [], otherMedia: [], origin: 'feed',
    });
    const caches = memoryCaches();
    const result = await prefetchSections(['sports'], 3, caches, [{ kind: 'person', slug: 'prefetch-person', name: 'Pia Fetch' }]);
    expect(result.stories).toBe(3);
    const kept = caches.paths().filter((p) => p.startsWith('/api/articles/'));
    expect(kept).toHaveLength(3);
    expect(kept).toContain(`/api/articles/${String(id)}`);

    const without = memoryCaches();
    await prefetchSections(['sports'], 3, without, []);
    expect(without.paths()).not.toContain(`/api/articles/${String(id)}`);
  });
});
