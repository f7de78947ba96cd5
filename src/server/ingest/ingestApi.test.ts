import { describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/testStore';
import { Article, FeedPage } from '../../contract/schemas';
import { SearchPage } from '../../contract/discoverySchemas';
import { createApp } from '../app';
import { ingestDocument } from './ingestFeed';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const minutesAgo = (m: number) => new Date(NOW - m * 60_000).toUTCString();

const feed = (second: string) => `<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
  <item><guid>https://wire.example/1</guid><title>Quokka census completed</title><link>https://wire.example/1</link><pubDate>${minutesAgo(1)}</pubDate><category>Science</category><description>Rangers counted every quokka.</description></item>
  <item><guid>https://wire.example/2</guid><title>${second}</title><link>https://wire.example/2</link><pubDate>${minutesAgo(2)}</pubDate><category>Sport</category><description>Details follow.</description></item>
</channel></rss>`;

describe('ingested articles in the API', () => {
  it('come first in GET /api/feed, are found by GET /api/search, and follow updates', async () => {
    const { store, ingestStore } = await createTestStore(NOW);
    const app = createApp({ store, now: () => NOW, logError: () => undefined });
    const deps = { store, ingestStore, now: () => NOW };
    const rules = { section: 'world' as const, categories: { Science: 'science' as const, Sport: 'sports' as const } };
    const get = async (path: string) => {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      return (await res.json()) as unknown;
    };
    const before = FeedPage.parse(await get('/api/feed?limit=5'));

    await ingestDocument({ label: 'wire', bytes: new TextEncoder().encode(feed('Curling final postponed')) }, rules, deps);
    const after = FeedPage.parse(await get('/api/feed?limit=5'));
    expect(after.items.slice(0, 2).map((a) => [a.title, a.section])).toEqual([['Quokka census completed', 'science'], ['Curling final postponed', 'sports']]);
    expect(after.items[2]?.id).toBe(before.items[0]?.id);
    expect(FeedPage.parse(await get('/api/feed?sections=sports&limit=1')).items[0]?.title).toBe('Curling final postponed');

    const search = SearchPage.parse(await get('/api/search?q=quokka'));
    expect(search.items.map((h) => h.title)).toEqual(['Quokka census completed']);

    deps.now = () => NOW + 5 * 60_000;
    await ingestDocument({ label: 'wire', bytes: new TextEncoder().encode(feed('Curling final rescheduled')) }, rules, deps);
    const id = after.items[1]!.id;
    const article = Article.parse(await get(`/api/articles/${String(id)}`));
    expect(article).toMatchObject({ title: 'Curling final rescheduled', updatedAt: new Date(NOW + 5 * 60_000).toISOString() });
    expect(article.otherMedia).toEqual([{ title: 'Curling final rescheduled', url: 'https://wire.example/2', source: 'Wire' }]);
    expect(SearchPage.parse(await get('/api/search?q=rescheduled')).items.map((h) => h.id)).toEqual([id]);
    expect(SearchPage.parse(await get('/api/search?q=postponed')).total).toBe(0);
    expect(FeedPage.parse(await get('/api/feed?limit=3')).items.map((a) => a.title).filter((t) => t.startsWith('Curling'))).toEqual(['Curling final rescheduled']);
  });
});
