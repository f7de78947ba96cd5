import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import { MostReadPeriod } from '../contract/schemas';
import { SECTIONS } from '../contract/sections';
import { CITIES } from './cities';
import { badRequest, notFound, ApiProblem } from './http/ApiProblem';
import { createRateLimiter, type RateLimit } from './http/createRateLimiter';
import { createRatesApi } from './rates/createRatesApi';
import type { ResponseCache } from './http/createResponseCache';
import { cursorParam, followsParam, idParam, instantParam, limitParam, sectionsParam, single, slugParam } from './http/params';
import type { Store } from './store/createStore';

/** What the API needs from its surroundings. */
export interface ApiOptions {
  store: Store;
  /** The clock (epoch ms); tests pass a fixed one. */
  now: () => number;
  /** Key of the client for rate limiting (its address). */
  clientKey: (c: Context) => string;
  /** Where answers that depend only on the stored content are kept until it changes. */
  cache: ResponseCache;
  /** Per-client limits (default API_LIMITS). */
  limits?: ApiLimits;
}

/** Per-client token buckets: searches the cache cannot answer, counted reads, and every POST. */
export interface ApiLimits {
  search: RateLimit;
  views: RateLimit;
  posts: RateLimit;
}

/** The limits of `npm start`: far above what a reader does, low enough that one client cannot hog the database. */
export const API_LIMITS: ApiLimits = {
  search: { burst: 60, perMinute: 120 },
  views: { burst: 30, perMinute: 30 },
  posts: { burst: 60, perMinute: 120 },
};

/** The most `newSince` of My News counts ("1,000+ new"). */
export const NEW_SINCE_CAP = 1000;

/** Cache-Control of lists: short, then served stale while a fresh copy is fetched, and for a day if the server fails. */
export const LIST_CACHE = 'public, max-age=30, stale-while-revalidate=300, stale-if-error=86400';
/** Cache-Control of one article: it rarely changes once published. */
export const ARTICLE_CACHE = 'public, max-age=300, stale-while-revalidate=86400, stale-if-error=86400';
/** Cache-Control of reference data (sections, cities). */
export const STATIC_CACHE = 'public, max-age=3600, stale-while-revalidate=86400, stale-if-error=86400';

/** The JSON API of API.md, mounted under /api by createApp. */
export function createApi({ store, now, clientKey, cache, limits = API_LIMITS }: ApiOptions): Hono {
  const api = new Hono();
  // A 429 in the API's error shape, with the seconds until the client's bucket has a token again.
  const limited = (limit: RateLimit, what: string): MiddlewareHandler => {
    const limiter = createRateLimiter(limit);
    return async (c, next) => {
      const wait = limiter.take(clientKey(c), now());
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        throw new ApiProblem('rate_limited', `Too many ${what} from this address; try again in ${String(wait)} s.`);
      }
      await next();
    };
  };

  api.use('*', etag({ weak: true }));
  api.post('*', limited(limits.posts, 'requests'));
  // Answers that depend only on the stored content are served from memory until it changes.
  const cached = cache.middleware;

  api.get('/health', async (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json({ status: 'ok', articles: await store.countArticles() });
  });

  api.get('/sections', cached, (c) => {
    c.header('Cache-Control', STATIC_CACHE);
    return c.json({ sections: SECTIONS });
  });

  api.get('/cities', cached, (c) => {
    c.header('Cache-Control', STATIC_CACHE);
    return c.json({ cities: CITIES });
  });

  api.get('/feed', cached, async (c) => {
    const sections = sectionsParam(c);
    const limit = limitParam(c);
    const cursor = cursorParam(c);
    c.header('Cache-Control', LIST_CACHE);
    return c.json(await store.feed(sections, limit, cursor));
  });

  // Extra (not in API.md's minimum set): what arrived since the newest story the reader has.
  api.get('/feed/updates', cached, async (c) => {
    const sections = sectionsParam(c);
    const raw = single(c, 'after') ?? '';
    const after = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(after)) throw badRequest('The parameter "after" must be the id of the newest article you have.');
    const limit = limitParam(c);
    const updates = await store.newerThan(sections, after, limit);
    if (updates === null) throw notFound(`There is no article with id ${String(after)}; reload the feed.`);
    c.header('Cache-Control', 'no-cache'); // its whole point is freshness: always revalidate (ETag → 304)
    return c.json(updates);
  });

  // Extra: My News, the stories of what a reader follows (kept on their device, sent in the URL).
  // `since` (optional) adds `newSince`: how many of them were published after it, counted up to 1,000.
  api.get('/following', cached, async (c) => {
    const follows = followsParam(c);
    const limit = limitParam(c);
    const cursor = cursorParam(c);
    const since = instantParam(c, 'since');
    const page = await store.followed(follows, limit, cursor);
    c.header('Cache-Control', LIST_CACHE);
    return c.json(since === null ? page : { ...page, newSince: await store.followedSince(follows, since, NEW_SINCE_CAP) });
  });

  api.get('/top-stories', cached, async (c) => {
    const limit = limitParam(c, 10);
    c.header('Cache-Control', LIST_CACHE);
    return c.json({ items: await store.topStories(limit) });
  });

  api.get('/articles/:id', cached, async (c) => {
    const id = idParam(c);
    const article = await store.article(id);
    if (article === null) throw notFound(`There is no article with id ${String(id)}.`);
    c.header('Cache-Control', ARTICLE_CACHE);
    return c.json(article);
  });

  api.post('/articles/:id/views', limited(limits.views, 'reads counted'), async (c) => {
    const id = idParam(c);
    if (!await store.addView(id, now())) throw notFound(`There is no article with id ${String(id)}.`);
    c.header('Cache-Control', 'no-store');
    return c.body(null, 204);
  });

  api.get('/most-read', async (c) => {
    const raw = single(c, 'period') ?? 'today';
    const period = MostReadPeriod.safeParse(raw);
    if (!period.success) throw badRequest('The parameter "period" must be one of now, today or week.');
    const limit = limitParam(c, 10);
    c.header('Cache-Control', LIST_CACHE);
    return c.json({ items: await store.mostRead(period.data, limit, now()) });
  });

  // After the cache: only searches that reach the database count.
  api.get('/search', cached, limited(limits.search, 'searches'), async (c) => {
    const q = single(c, 'q');
    const length = q === undefined ? 0 : Array.from(q).length; // characters, not UTF-16 units
    if (q === undefined || q.trim() === '' || length > 200) {
      throw badRequest('The parameter "q" is required: the words to search for, 1 to 200 characters.');
    }
    const sections = sectionsParam(c);
    const from = instantParam(c, 'from');
    const to = instantParam(c, 'to', true);
    if (from !== null && to !== null && from >= to) throw badRequest('The parameter "from" must be earlier than "to".');
    const limit = limitParam(c);
    const cursor = cursorParam(c);
    c.header('Cache-Control', LIST_CACHE);
    return c.json(await store.search(q, { sections, from, to }, limit, cursor));
  });

  api.get('/topics/:slug', cached, async (c) => {
    const slug = slugParam(c);
    const limit = limitParam(c);
    const cursor = cursorParam(c);
    const page = await store.topic(slug, limit, cursor);
    if (page === null) throw notFound(`There is no topic "${slug}".`);
    c.header('Cache-Control', LIST_CACHE);
    return c.json(page);
  });

  api.get('/persons/:slug', cached, async (c) => {
    const slug = slugParam(c);
    const limit = limitParam(c);
    const cursor = cursorParam(c);
    const page = await store.person(slug, limit, cursor);
    if (page === null) throw notFound(`There is no person "${slug}".`);
    c.header('Cache-Control', LIST_CACHE);
    return c.json(page);
  });

  api.route('/rates', createRatesApi({ rates: store.rates, now }));

  // Extra (not in API.md's minimum set): the Topics and Persons indexes, with article counts.
  api.get('/topics', cached, async (c) => {
    c.header('Cache-Control', LIST_CACHE);
    return c.json({ topics: await store.topicList() });
  });

  api.get('/persons', cached, async (c) => {
    c.header('Cache-Control', LIST_CACHE);
    return c.json({ persons: await store.personList() });
  });

  api.get('/galleries', cached, async (c) => {
    const limit = limitParam(c);
    const cursor = cursorParam(c);
    c.header('Cache-Control', LIST_CACHE);
    return c.json(await store.galleries(limit, cursor));
  });

  api.get('/galleries/:id', cached, async (c) => {
    const id = idParam(c, 'id', 'gallery');
    const gallery = await store.gallery(id);
    if (gallery === null) throw notFound(`There is no gallery with id ${String(id)}.`);
    c.header('Cache-Control', ARTICLE_CACHE);
    return c.json(gallery);
  });

  // Extra: infographics, as a list and one by one with their full text alternative.
  api.get('/infographics', cached, async (c) => {
    const limit = limitParam(c);
    const cursor = cursorParam(c);
    c.header('Cache-Control', LIST_CACHE);
    return c.json(await store.infographics(limit, cursor));
  });

  api.get('/infographics/:id', cached, async (c) => {
    const id = idParam(c, 'id', 'infographic');
    const infographic = await store.infographic(id);
    if (infographic === null) throw notFound(`There is no infographic with id ${String(id)}.`);
    c.header('Cache-Control', ARTICLE_CACHE);
    return c.json(infographic);
  });

  api.all('*', () => {
    throw notFound('There is no such API endpoint; see API.md for the list.');
  });

  return api;
}
