import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { apiServer } from '../../../test/setup';
import { Article, FeedPage } from '../../contract/schemas';
import { ARTICLE_CACHE } from '../../sw/cacheNames';

// The service worker's cache of opened articles, as far as offline search reads it.
function cacheStorageWith(articles: { url: string; body: unknown }[]): CacheStorage {
  const cache = {
    keys: () => Promise.resolve(articles.map((a) => new Request(`http://localhost${a.url}`))),
    match: (request: Request) => {
      const found = articles.find((a) => request.url.endsWith(a.url));
      return Promise.resolve(found === undefined ? undefined : new Response(JSON.stringify(found.body), { headers: { Date: new Date().toUTCString() } }));
    },
  };
  const storage = { has: (name: string) => Promise.resolve(name === ARTICLE_CACHE), open: () => Promise.resolve(cache) };
  return storage as unknown as CacheStorage;
}

afterEach(() => Reflect.deleteProperty(globalThis, 'caches'));

describe('offline search', () => {
  it('searches the articles kept on this device and says so', async () => {
    const feed = FeedPage.parse(await (await fetch('http://localhost/api/feed?limit=2')).json());
    const kept = await Promise.all(
      feed.items.map(async (item) => ({ url: `/api/articles/${String(item.id)}`, body: Article.parse(await (await fetch(`http://localhost/api/articles/${String(item.id)}`)).json()) })),
    );
    Object.defineProperty(globalThis, 'caches', { value: cacheStorageWith(kept), configurable: true });
    apiServer.use(http.get('*/api/search', () => HttpResponse.error()));
    const word = (kept[0]!.body as { title: string }).title.split(' ').find((w) => w.length > 5) ?? 'the';
    renderApp(`/search?q=${encodeURIComponent(word)}`);
    expect(await screen.findByText(/You are offline, so this search covers only the 2 stories kept on this device/)).toBeInTheDocument();
    const results = screen.getByRole('region', { name: 'Search results' });
    expect(within(results).getByRole('status')).toHaveTextContent(/on this device for/);
    expect(within(results).getByRole('link', { name: (kept[0]!.body as { title: string }).title })).toBeInTheDocument();
    expect(results.querySelectorAll('mark').length).toBeGreaterThan(0);
  });

  it('says when nothing on this device matches', async () => {
    apiServer.use(http.get('*/api/search', () => HttpResponse.error()));
    renderApp('/search?q=zzzqqq');
    expect(await screen.findByText('No results on this device.')).toBeInTheDocument();
  });
});
