import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { createTestStore } from '../../test/testStore';
import { Article, ArticleList, ErrorBody, FeedPage, FeedUpdates } from '../contract/schemas';
import { Gallery, GalleryList, Infographic, InfographicList, PersonList, PersonPage, SearchPage, TopicList, TopicPage } from '../contract/discoverySchemas';
import { createApp } from './app';

// Every string of the Big List of Naughty Strings, as `q` and as every other parameter of every
// endpoint: never a 5xx, every 4xx with the API.md error body, every 200 in the documented shape.
const naughty = JSON.parse(readFileSync(new URL('../../../shared/corpora/blns/blns.json', import.meta.url), 'utf8')) as string[];
// Percent-encodings a URL parser accepts but that do not decode (sent as they are).
const brokenEscapes = ['%', '%E0%A4%A', '%C0%AF', '%FF', '%uD800', '%%32%65'];

const NOW = Date.parse('2026-11-28T12:00:00Z');
let app: ReturnType<typeof createApp>;
let articleId = 0;

beforeAll(async () => {
  const { store } = await createTestStore(NOW);
  // Thousands of requests from one client on purpose: the per-client limits would answer 429 (api.limits.test.ts).
  const plenty = { burst: 1e9, perMinute: 1e9 };
  app = createApp({ store, now: () => NOW, logError: () => undefined, limits: { search: plenty, views: plenty, posts: plenty } });
  articleId = (await store.feed(null, 1, null)).items[0]?.id ?? 0;
});

interface Slot {
  /** The URL with the value in place (already encoded). */
  url: (value: string) => string;
  schema: z.ZodMiniType;
  method?: 'POST';
}

const q = (path: string, name: string, rest = '') => (v: string) => `${path}?${rest}${name}=${v}`;
const SLOTS: Record<string, Slot> = {
  'feed sections': { url: q('/api/feed', 'sections'), schema: FeedPage },
  'feed limit': { url: q('/api/feed', 'limit'), schema: FeedPage },
  'feed cursor': { url: q('/api/feed', 'cursor'), schema: FeedPage },
  'feed/updates after': { url: q('/api/feed/updates', 'after'), schema: FeedUpdates },
  'feed/updates sections': { url: (v) => `/api/feed/updates?after=927400&sections=${v}`, schema: FeedUpdates },
  'feed/updates limit': { url: (v) => `/api/feed/updates?after=927400&limit=${v}`, schema: FeedUpdates },
  'top-stories limit': { url: q('/api/top-stories', 'limit'), schema: ArticleList },
  'articles id': { url: (v) => `/api/articles/${v}`, schema: Article },
  'articles views id': { url: (v) => `/api/articles/${v}/views`, schema: ErrorBody, method: 'POST' },
  'most-read period': { url: q('/api/most-read', 'period'), schema: ArticleList },
  'most-read limit': { url: q('/api/most-read', 'limit', 'period=week&'), schema: ArticleList },
  'search q': { url: q('/api/search', 'q'), schema: SearchPage },
  'search sections': { url: q('/api/search', 'sections', 'q=rate&'), schema: SearchPage },
  'search from': { url: q('/api/search', 'from', 'q=rate&'), schema: SearchPage },
  'search to': { url: q('/api/search', 'to', 'q=rate&'), schema: SearchPage },
  'search limit': { url: q('/api/search', 'limit', 'q=rate&'), schema: SearchPage },
  'search cursor': { url: q('/api/search', 'cursor', 'q=rate&'), schema: SearchPage },
  'topics index (unknown parameter)': { url: q('/api/topics', 'x'), schema: TopicList },
  'persons index (unknown parameter)': { url: q('/api/persons', 'x'), schema: PersonList },
  'topic slug': { url: (v) => `/api/topics/${v}`, schema: TopicPage },
  'topic limit': { url: q('/api/topics/interest-rates', 'limit'), schema: TopicPage },
  'topic cursor': { url: q('/api/topics/interest-rates', 'cursor'), schema: TopicPage },
  'person slug': { url: (v) => `/api/persons/${v}`, schema: PersonPage },
  'person limit': { url: q('/api/persons/arkady-telnov', 'limit'), schema: PersonPage },
  'person cursor': { url: q('/api/persons/arkady-telnov', 'cursor'), schema: PersonPage },
  'galleries limit': { url: q('/api/galleries', 'limit'), schema: GalleryList },
  'galleries cursor': { url: q('/api/galleries', 'cursor'), schema: GalleryList },
  'gallery id': { url: (v) => `/api/galleries/${v}`, schema: Gallery },
  'infographics limit': { url: q('/api/infographics', 'limit'), schema: InfographicList },
  'infographics cursor': { url: q('/api/infographics', 'cursor'), schema: InfographicList },
  'infographic id': { url: (v) => `/api/infographics/${v}`, schema: Infographic },
};

async function check(slot: Slot, value: string): Promise<string | null> {
  const url = slot.url(value);
  const res = await app.request(url, slot.method === undefined ? undefined : { method: slot.method });
  const text = await res.text();
  if (res.status >= 500) return `${url}: ${String(res.status)} ${text.slice(0, 200)}`;
  if (res.status === 204) return null;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `${url}: ${String(res.status)} is not JSON: ${text.slice(0, 100)}`;
  }
  const schema = res.status >= 400 ? ErrorBody : slot.schema;
  if (!schema.safeParse(body).success) return `${url}: ${String(res.status)} body not in the documented shape: ${text.slice(0, 200)}`;
  if (res.status >= 400 && !(res.headers.get('Content-Type') ?? '').startsWith('application/json')) return `${url}: error without JSON content type`;
  return null;
}

describe('every naughty string in every parameter', () => {
  it('has the corpus', () => {
    expect(naughty.length).toBeGreaterThan(500);
    expect(articleId).toBeGreaterThan(0);
  });

  for (const [name, slot] of Object.entries(SLOTS)) {
    it(`${name}: no 5xx, 4xx with the error body, 200 in shape`, async () => {
      const failures: string[] = [];
      for (const value of [...naughty.map(encodeURIComponent), ...brokenEscapes, String(articleId)]) {
        const failure = await check(slot, value);
        if (failure !== null) failures.push(failure);
      }
      expect(failures).toEqual([]);
    });
  }

  it('answers a valid search for every naughty string with highlights inside the snippet', async () => {
    let searched = 0;
    for (const text of naughty) {
      const res = await app.request(`/api/search?q=${encodeURIComponent(text)}`);
      if (res.status !== 200) {
        expect(res.status, text).toBe(400); // blank or longer than 200 characters
        continue;
      }
      searched += 1;
      const page = SearchPage.parse(await res.json());
      for (const hit of page.items) for (const [start, end] of hit.highlights) expect(0 <= start && start < end && end <= hit.snippet.length).toBe(true);
    }
    expect(searched).toBeGreaterThan(400);
  });
});
