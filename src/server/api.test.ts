import { beforeEach, describe, expect, it } from 'vitest';
import { createTestStore } from '../../test/testStore';
import { Article, ArticleList, CityList, ErrorBody, FeedPage, FeedUpdates, FollowingPage, Health, SectionList } from '../contract/schemas';
import { PersonPage, SearchPage, TopicPage } from '../contract/discoverySchemas';
import { SECTIONS } from '../contract/sections';
import { createApp } from './app';
import type { Store } from './store/createStore';

const NOW = Date.parse('2026-11-28T12:00:00Z');
let store: Store;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  ({ store } = await createTestStore(NOW));
  app = createApp({ store, now: () => NOW, logError: () => undefined });
});

async function get(path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  const text = await res.text();
  return { res, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

async function expectError(path: string, status: number, code: string, mentions?: string, init?: RequestInit) {
  const { res, body } = await get(path, init);
  expect(res.status, path).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const parsed = ErrorBody.parse(body);
  expect(parsed.error.code).toBe(code);
  if (mentions !== undefined) expect(parsed.error.message).toContain(mentions);
  return parsed;
}

async function feed(query = '') {
  const { res, body } = await get(`/api/feed${query}`);
  expect(res.status).toBe(200);
  return FeedPage.parse(body);
}

describe('GET /api/health, /api/sections, /api/cities', () => {
  it('reports ok and the number of articles', async () => {
    const { res, body } = await get('/api/health');
    expect(res.status).toBe(200);
    expect(Health.parse(body)).toEqual({ status: 'ok', articles: await store.countArticles() });
    expect(await store.countArticles()).toBeGreaterThanOrEqual(40);
  });

  it('lists the eight sections in the agency order', async () => {
    const { body } = await get('/api/sections');
    expect(SectionList.parse(body).sections).toEqual(SECTIONS.map((s) => ({ slug: s.slug, title: s.title })));
  });

  it('lists at least 30 cities with IANA zones, Moscow first', async () => {
    const { body } = await get('/api/cities');
    const { cities } = CityList.parse(body);
    expect(cities.length).toBeGreaterThanOrEqual(30);
    expect(cities[0]).toEqual({ id: 'moscow', name: 'Moscow', timeZone: 'Europe/Moscow' });
    for (const c of cities) expect(() => new Intl.DateTimeFormat('en', { timeZone: c.timeZone })).not.toThrow();
  });
});

describe('GET /api/feed', () => {
  it('gives 20 items newest first with a cursor', async () => {
    const page = await feed();
    expect(page.items).toHaveLength(20);
    const times = page.items.map((i) => Date.parse(i.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(page.nextCursor).toEqual(expect.any(String));
    expect(page.items[0]?.url).toBe(`/${page.items[0]?.section ?? ''}/${String(page.items[0]?.id)}`);
  });

  it('filters by sections', async () => {
    const page = await feed('?sections=sports,science&limit=100');
    expect(page.items.length).toBeGreaterThan(0);
    expect(new Set(page.items.map((i) => i.section))).toEqual(new Set(['sports', 'science']));
    expect(page.nextCursor).toBeNull();
  });

  it('pages to the end without duplicates or gaps', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: FeedPage = await feed(`?limit=7${cursor === null ? '' : `&cursor=${cursor}`}`);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await store.countArticles());
  });

  it('neither duplicates nor skips when new articles arrive between pages', async () => {
    const all = (await feed('?limit=100')).items.map((i) => i.id);
    const seen: number[] = [];
    let cursor: string | null = null;
    let inserted = 0;
    do {
      const page: FeedPage = await feed(`?limit=5${cursor === null ? '' : `&cursor=${cursor}`}`);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      // A new story arrives (the newest), and another with the same timestamp as the page's last
      // item (its id is higher, so it sorts above the cursor and must not appear further down).
      await store.insertArticle(newArticle(NOW + 60_000 * ++inserted));
      const lastTime = page.items.at(-1)?.publishedAt;
      if (lastTime !== undefined) await store.insertArticle(newArticle(Date.parse(lastTime)));
    } while (cursor !== null);
    expect(seen).toEqual(all);
  });

  it('answers 400 naming the parameter for bad input', async () => {
    await expectError('/api/feed?sections=politics,nope', 400, 'bad_request', 'sections');
    await expectError('/api/feed?sections=', 400, 'bad_request', 'sections');
    for (const limit of ['0', '101', 'abc', '1.5', '-1', '', '1e2']) {
      await expectError(`/api/feed?limit=${limit}`, 400, 'bad_request', 'limit');
    }
    await expectError('/api/feed?cursor=not-a-cursor!', 400, 'bad_request', 'cursor');
    await expectError('/api/feed?cursor=' + Buffer.from('1~0').toString('base64url'), 400, 'bad_request', 'cursor');
    await expectError('/api/feed?limit=5&limit=6', 400, 'bad_request', 'limit');
  });
});

function newArticle(publishedAt: number) {
  return {
    section: 'world' as const,
    title: `Late story ${String(publishedAt)}`,
    lead: 'A story that arrived while the reader was paging.',
    datelinePlace: 'GENEVA',
    publishedAt,
    pages: ['<p>Body.</p>'],
    persons: [],
    topics: [],
    otherMedia: [],
    origin: 'feed' as const,
  };
}

describe('GET /api/feed/updates', () => {
  it('counts and lists what arrived after the reader\'s newest story, per the section filter', async () => {
    const newest = (await feed('?limit=1')).items[0]?.id ?? 0;
    const none = FeedUpdates.parse((await get(`/api/feed/updates?after=${String(newest)}`)).body);
    expect(none).toEqual({ count: 0, items: [] });
    const a = await store.insertArticle(newArticle(NOW + 60_000));
    const b = await store.insertArticle({ ...newArticle(NOW + 120_000), section: 'sports' });
    const all = FeedUpdates.parse((await get(`/api/feed/updates?after=${String(newest)}&limit=1`)).body);
    expect(all.count).toBe(2);
    expect(all.items.map((i) => i.id)).toEqual([b]);
    const world = FeedUpdates.parse((await get(`/api/feed/updates?after=${String(newest)}&sections=world`)).body);
    expect(world).toMatchObject({ count: 1, items: [{ id: a }] });
  });

  it('refuses a missing or unknown "after"', async () => {
    await expectError('/api/feed/updates', 400, 'bad_request', '"after"');
    await expectError('/api/feed/updates?after=abc', 400, 'bad_request', '"after"');
    await expectError('/api/feed/updates?after=999999999', 404, 'not_found');
  });
});

describe('GET /api/top-stories', () => {
  it('lists top stories', async () => {
    const { res, body } = await get('/api/top-stories');
    expect(res.status).toBe(200);
    const { items } = ArticleList.parse(body);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.isTop === true)).toBe(true);
  });
});

describe('GET /api/articles/{id}', () => {
  it('gives the whole article', async () => {
    const first = (await feed()).items[0];
    const { res, body } = await get(`/api/articles/${String(first?.id)}`);
    expect(res.status).toBe(200);
    const article = Article.parse(body);
    expect(article.id).toBe(first?.id);
    expect(article.dateline).toMatch(/^[A-Z .-]+, [A-Z][a-z]+ \d{1,2}\. \/NEWSWIRE\/\.$/);
    expect(article.pages[0]).toContain('<h2>');
    expect(article.persons.length + article.topics.length).toBeGreaterThan(0);
    expect(article.image?.width).toBeGreaterThan(0);
  });

  it('links "Read also" to other articles inside the app', async () => {
    const items = (await feed('?limit=100')).items;
    const article = Article.parse((await get(`/api/articles/${String(items[3]?.id)}`)).body);
    const links = [...article.pages.join('').matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^\/[a-z]+\/\d+$/);
  });

  it('gives stories from other outlets\' feeds no Newswire dateline', async () => {
    const id = await store.insertArticle(newArticle(NOW));
    const article = Article.parse((await get(`/api/articles/${String(id)}`)).body);
    expect(article.dateline).toBe('');
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    await expectError('/api/articles/999999999', 404, 'not_found', '999999999');
    for (const id of ['abc', '0', '-1', '1e3', '12abc', '99999999999999999999']) {
      await expectError(`/api/articles/${id}`, 400, 'bad_request', 'id');
    }
  });
});

describe('POST /api/articles/{id}/views and GET /api/most-read', () => {
  it('counts reads into the windows', async () => {
    // The oldest demo story has no reads in the last hour until the reader opens it.
    const id = (await feed('?limit=100')).items.at(-1)?.id ?? 0;
    const nowList = async () => ArticleList.parse((await get('/api/most-read?period=now&limit=100')).body).items.map((i) => i.id);
    expect(await nowList()).not.toContain(id);
    for (let i = 0; i < 3; i++) {
      const res = await app.request(`/api/articles/${String(id)}/views`, { method: 'POST' });
      expect(res.status).toBe(204);
    }
    expect(await nowList()).toContain(id);
  });

  it('ranks by reads', async () => {
    const id = (await feed('?limit=100')).items.at(-1)?.id ?? 0;
    await store.addViews(id, NOW - 5 * 60_000, 100_000);
    const { body } = await get('/api/most-read?period=now&limit=3');
    expect(ArticleList.parse(body).items[0]?.id).toBe(id);
  });

  it('answers 404, 400 and then 429 as the contract says', async () => {
    expect((await app.request('/api/articles/999999999/views', { method: 'POST' })).status).toBe(404);
    await expectError('/api/articles/abc/views', 400, 'bad_request', 'id', { method: 'POST' });
    const id = (await feed()).items[0]?.id ?? 0;
    let last = 0;
    for (let i = 0; i < 40; i++) last = (await app.request(`/api/articles/${String(id)}/views`, { method: 'POST' })).status;
    expect(last).toBe(429);
    await expectError(`/api/articles/${String(id)}/views`, 429, 'rate_limited', undefined, { method: 'POST' });
  });

  it('gives each window and refuses a bad period', async () => {
    for (const period of ['now', 'today', 'week']) {
      const { res, body } = await get(`/api/most-read?period=${period}`);
      expect(res.status).toBe(200);
      ArticleList.parse(body);
    }
    const week = ArticleList.parse((await get('/api/most-read?period=week&limit=100')).body).items;
    const now = ArticleList.parse((await get('/api/most-read?period=now&limit=100')).body).items;
    expect(week.length).toBeGreaterThan(now.length);
    await expectError('/api/most-read?period=year', 400, 'bad_request', 'period');
    await expectError('/api/most-read?limit=0', 400, 'bad_request', 'limit');
  });
});

describe('GET /api/search', () => {
  it('finds articles ranked, with plain-text snippets and highlight ranges', async () => {
    const title = (await feed()).items[0]?.title ?? '';
    const word = title.split(/\s+/).find((w) => /^[A-Za-z]{6,}$/.test(w)) ?? 'minister';
    const { res, body } = await get(`/api/search?q=${encodeURIComponent(word)}`);
    expect(res.status).toBe(200);
    const page = SearchPage.parse(body);
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.length).toBeGreaterThan(0);
    for (const hit of page.items) {
      expect(hit.snippet).not.toMatch(/[<>\uE000\uE001]/);
      for (const [start, end] of hit.highlights) {
        expect(hit.snippet.slice(start, end).toLowerCase()).toContain(word.slice(0, 4).toLowerCase());
      }
    }
  });

  it('pages by cursor without duplicates and filters by section and date', async () => {
    const all = SearchPage.parse((await get('/api/search?q=the&limit=100')).body);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: SearchPage = SearchPage.parse((await get(`/api/search?q=the&limit=6${cursor === null ? '' : `&cursor=${cursor}`}`)).body);
      seen.push(...page.items.map((i) => i.id));
      // Every page counts all the matches, not those after its cursor.
      expect(page.total).toBe(all.total);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(all.items.map((i) => i.id));
    expect(seen.length).toBe(all.total);

    const sport = SearchPage.parse((await get('/api/search?q=the&sections=sports&limit=100')).body);
    expect(sport.items.every((i) => i.section === 'sports')).toBe(true);
    const today = new Date(NOW).toISOString().slice(0, 10);
    const dated = SearchPage.parse((await get(`/api/search?q=the&from=${today}&to=${today}&limit=100`)).body);
    expect(dated.items.every((i) => i.publishedAt.startsWith(today))).toBe(true);
    expect(dated.total).toBeLessThan(all.total);
  });

  it('takes any text without an SQL error', async () => {
    for (const q of ['"', '""', 'AND', 'NOT OR', '*', 'a* OR b', 'NEAR(a b)', "'; DROP TABLE articles; --", '^title:x', '(', 'ø∂ƒ', '\u0000', '\uE000x']) {
      const { res, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      SearchPage.parse(body);
    }
  });

  it('answers 400 for a missing, empty or too long query and bad filters', async () => {
    await expectError('/api/search', 400, 'bad_request', '"q"');
    await expectError('/api/search?q=%20%20', 400, 'bad_request', '"q"');
    await expectError(`/api/search?q=${'a'.repeat(201)}`, 400, 'bad_request', '"q"');
    expect((await get(`/api/search?q=${'a'.repeat(200)}`)).res.status).toBe(200);
    await expectError('/api/search?q=x&from=yesterday', 400, 'bad_request', '"from"');
    await expectError('/api/search?q=x&to=2026-02-30', 400, 'bad_request', '"to"');
    await expectError('/api/search?q=x&from=2026-11-20&to=2026-11-10', 400, 'bad_request', '"from"');
    await expectError('/api/search?q=x&sections=moon', 400, 'bad_request', 'sections');
    await expectError('/api/search?q=x&cursor=zzz', 400, 'bad_request', 'cursor');
  });
});

describe('GET /api/topics/{slug} and /api/persons/{slug}', () => {
  it('gives a topic and a person with their articles, paged', async () => {
    const article = Article.parse((await get(`/api/articles/${String((await feed()).items[0]?.id)}`)).body);
    const topicSlug = article.topics[0]?.slug ?? '';
    const topic = TopicPage.parse((await get(`/api/topics/${topicSlug}?limit=1`)).body);
    expect(topic.topic.slug).toBe(topicSlug);
    expect(topic.items).toHaveLength(1);
    const personSlug = article.persons[0]?.slug ?? '';
    const person = PersonPage.parse((await get(`/api/persons/${personSlug}`)).body);
    expect(person.person.slug).toBe(personSlug);
    expect(person.items.map((i) => i.id)).toContain(article.id);
  });

  it('answers 404 for unknown slugs and 400 for malformed ones', async () => {
    await expectError('/api/topics/no-such-topic', 404, 'not_found', 'no-such-topic');
    await expectError('/api/persons/no-such-person', 404, 'not_found', 'no-such-person');
    await expectError('/api/topics/Bad_Slug', 400, 'bad_request', 'slug');
    await expectError('/api/persons/%3Cscript%3E', 400, 'bad_request', 'slug');
  });
});

describe('the tags of every list item (for the reader\'s mutes)', () => {
  it('name each story\'s persons and topics by slug in the feed, top stories, related, topic, person, search and most-read lists', async () => {
    const first = (await feed('?limit=100')).items;
    const article = Article.parse((await get(`/api/articles/${String(first[0]?.id)}`)).body);
    const inFeed = first.find((item) => item.id === article.id);
    expect(new Set(inFeed?.personSlugs)).toEqual(new Set(article.persons.map((p) => p.slug)));
    expect(new Set(inFeed?.topicSlugs)).toEqual(new Set(article.topics.map((t) => t.slug)));
    // Every list the app filters carries them where the story has tags.
    const tagged = (items: { personSlugs?: string[]; topicSlugs?: string[] }[]) => items.filter((i) => (i.personSlugs?.length ?? 0) + (i.topicSlugs?.length ?? 0) > 0).length;
    expect(tagged(first)).toBeGreaterThan(first.length / 2);
    expect(tagged(ArticleList.parse((await get('/api/top-stories')).body).items)).toBeGreaterThan(0);
    for (const related of article.related) {
      const listed = first.find((item) => item.id === related.id);
      if (listed !== undefined) expect([related.personSlugs, related.topicSlugs]).toEqual([listed.personSlugs, listed.topicSlugs]);
    }
    const topicSlug = article.topics[0]?.slug ?? '';
    const topic = TopicPage.parse((await get(`/api/topics/${topicSlug}`)).body);
    expect(topic.items.every((i) => i.topicSlugs?.includes(topicSlug))).toBe(true);
    const personSlug = article.persons[0]?.slug ?? '';
    const person = PersonPage.parse((await get(`/api/persons/${personSlug}`)).body);
    expect(person.items.every((i) => i.personSlugs?.includes(personSlug))).toBe(true);
    const word = article.title.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w)) ?? 'minister';
    const hits = SearchPage.parse((await get(`/api/search?q=${word}`)).body).items;
    expect(tagged(hits)).toBeGreaterThan(0);
    await app.request(`/api/articles/${String(article.id)}/views`, { method: 'POST' });
    const read = ArticleList.parse((await get('/api/most-read?period=now&limit=100')).body).items.find((i) => i.id === article.id);
    expect(read?.personSlugs).toEqual(inFeed?.personSlugs);
  });
});

describe('GET /api/following (My News)', () => {
  async function following(query: string) {
    const { res, body } = await get(`/api/following?${query}`);
    expect(res.status, query).toBe(200);
    return FollowingPage.parse(body);
  }

  async function walk(query: string) {
    const items = [];
    let cursor: string | null = null;
    do {
      const page: FollowingPage = await following(`${query}&limit=7${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return items;
  }

  it('lists every story of the followed section, topic and person once, newest first, paged by cursor', async () => {
    const article = Article.parse((await get(`/api/articles/${String((await feed()).items[3]?.id)}`)).body);
    const topic = article.topics[0]?.slug ?? '';
    const person = article.persons[0]?.slug ?? '';
    const section = article.section === 'sports' ? 'science' : 'sports';
    const expected = new Map<number, string>();
    for (const path of [`/api/topics/${topic}`, `/api/persons/${person}`, `/api/feed?sections=${section}`]) {
      let cursor: string | null = null;
      do {
        const page = FeedPage.parse((await get(`${path}${path.includes('?') ? '&' : '?'}limit=100${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`)).body);
        for (const item of page.items) expected.set(item.id, item.publishedAt);
        cursor = page.nextCursor;
      } while (cursor !== null);
    }
    const items = await walk(`sections=${section}&topics=${topic}&persons=${person}`);
    expect(new Set(items.map((i) => i.id))).toEqual(new Set(expected.keys()));
    expect(items).toHaveLength(expected.size);
    const times = items.map((i) => Date.parse(i.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(items.some((i) => i.section === section)).toBe(true);
    expect(items.map((i) => i.id)).toContain(article.id);
  });

  it('counts the stories published after `since`', async () => {
    const all = await walk('sections=world,politics');
    const since = all[4]?.publishedAt ?? '';
    const page = await following(`sections=world,politics&since=${encodeURIComponent(since)}`);
    expect(page.newSince).toBe(all.filter((i) => Date.parse(i.publishedAt) > Date.parse(since)).length);
    expect((await following('sections=world')).newSince).toBeUndefined();
    expect((await following(`topics=no-such-topic&since=${encodeURIComponent(since)}`))).toEqual({ items: [], nextCursor: null, newSince: 0 });
  });

  it('refuses nothing to follow, too much, and malformed slugs with a 400 naming the parameter', async () => {
    await expectError('/api/following', 400, 'bad_request', 'at least one');
    await expectError('/api/following?topics=', 400, 'bad_request', '"topics"');
    await expectError('/api/following?persons=Bad_Slug', 400, 'bad_request', '"persons"');
    await expectError('/api/following?sections=moon', 400, 'bad_request', 'sections');
    await expectError('/api/following?topics=a&since=yesterday', 400, 'bad_request', '"since"');
    const many = Array.from({ length: 101 }, (_, i) => `t${String(i)}`).join(',');
    await expectError(`/api/following?topics=${many}`, 400, 'bad_request', 'At most 100');
  });
});

describe('HTTP behaviour of every answer', () => {
  const lists = ['/api/feed', '/api/top-stories', '/api/most-read', '/api/search?q=minister', '/api/sections', '/api/cities'];

  it('sets ETag and Cache-Control on every GET and answers If-None-Match with 304', async () => {
    const id = (await feed()).items[0]?.id ?? 0;
    for (const path of [...lists, `/api/articles/${String(id)}`, '/api/health']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      const tag = res.headers.get('etag');
      expect(tag, path).toBeTruthy();
      expect(res.headers.get('cache-control'), path).toBeTruthy();
      const again = await app.request(path, { headers: { 'If-None-Match': tag ?? '' } });
      expect(again.status, path).toBe(304);
    }
    expect((await app.request('/api/feed')).headers.get('cache-control')).toContain('stale-while-revalidate');
    expect((await app.request(`/api/articles/${String(id)}`)).headers.get('cache-control')).toMatch(/max-age=300/);
  });

  it('sends security headers on every response', async () => {
    for (const path of ['/api/feed', '/api/nope', '/api/articles/abc']) {
      const res = await app.request(path);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBeTruthy();
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('answers unknown endpoints with a JSON 404', async () => {
    await expectError('/api/nope', 404, 'not_found');
    await expectError('/api/feed/extra', 404, 'not_found');
  });

  it('answers internal faults with a generic 500, never a stack trace', async () => {
    const errors: unknown[] = [];
    const broken = createApp({
      store: { ...store, feed: () => { throw new Error('disk I/O error at /secret/path.db'); } },
      logError: (e) => errors.push(e),
    });
    const res = await broken.request('/api/feed');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(ErrorBody.parse(JSON.parse(text)).error.code).toBe('internal');
    expect(text).not.toMatch(/secret|disk|at .*\.ts/);
    expect(errors).toHaveLength(1);
  });
});
