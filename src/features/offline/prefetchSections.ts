import { getJson } from '../../api/client';
import { followingPath } from '../../api/followingQueries';
import { Article, FeedPage, FollowingPage } from '../../contract/schemas';
import type { SectionSlug } from '../../contract/sections';
import { followParams, followStore, type Follow } from '../../lib/follows';
import { BACKGROUND_HEADER, PREFETCH_CACHE, SAVED_AT_HEADER } from '../../sw/cacheNames';

/** What a background run kept: how many stories (with how many photos) and the bytes the cache now holds. */
export interface PrefetchResult {
  stories: number;
  photos: number;
  bytes: number;
}

const background = { headers: { [BACKGROUND_HEADER]: '1' } };

function stamped(body: Blob, contentType: string): Response {
  return new Response(body, { status: 200, headers: { 'Content-Type': contentType, [SAVED_AT_HEADER]: new Date().toISOString() } });
}

async function keepArticle(cache: Cache, id: number): Promise<Article | null> {
  const url = `/api/articles/${String(id)}`;
  const kept = await cache.match(url);
  if (kept !== undefined) {
    const parsed = Article.safeParse(await kept.clone().json().catch(() => null));
    if (parsed.success) return parsed.data;
  }
  const response = await fetch(url, background);
  if (response.status !== 200) return null;
  const body = await response.blob();
  const parsed = Article.safeParse(JSON.parse(await body.text()));
  if (!parsed.success) return null;
  await cache.put(url, stamped(body, 'application/json'));
  return parsed.data;
}

// The app's own photos only: pictures of other sites cannot be fetched by the page (CSP) and are
// shown online only.
async function keepPhoto(cache: Cache, src: string): Promise<string | null> {
  const url = new URL(src, window.location.href);
  if (url.origin !== window.location.origin) return null;
  if ((await cache.match(url.pathname)) !== undefined) return url.pathname;
  const response = await fetch(url.pathname, background);
  const type = response.headers.get('Content-Type') ?? '';
  if (response.status !== 200 || !type.startsWith('image/')) return null;
  await cache.put(url.pathname, stamped(await response.blob(), type));
  return url.pathname;
}

/** What the background-download cache holds: bytes, and how many stories (what the settings panel shows). */
export async function prefetchUsage(cacheStorage: CacheStorage = caches): Promise<{ bytes: number; stories: number }> {
  if (!(await cacheStorage.has(PREFETCH_CACHE))) return { bytes: 0, stories: 0 };
  const cache = await cacheStorage.open(PREFETCH_CACHE);
  let bytes = 0;
  let stories = 0;
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (response !== undefined) bytes += (await response.blob()).size;
    if (new URL(request.url).pathname.startsWith('/api/articles/')) stories += 1;
  }
  return { bytes, stories };
}

/**
 * Keeps the newest `count` stories of `sections` (null: all) and of what the reader follows with their photos for offline reading,
 * and drops whatever else the background cache held (older stories, or everything when `count` is 0).
 */
export async function prefetchSections(sections: readonly SectionSlug[] | null, count: number, cacheStorage: CacheStorage = caches, follows: readonly Follow[] = followStore.get()): Promise<PrefetchResult> {
  if (count <= 0) {
    await cacheStorage.delete(PREFETCH_CACHE);
    return { stories: 0, photos: 0, bytes: 0 };
  }
  const params = new URLSearchParams({ limit: String(Math.min(count, 100)) });
  if (sections !== null) params.set('sections', sections.join(','));
  const feed = await getJson(`/api/feed?${params.toString().replace(/%2C/g, ',')}`, FeedPage);
  // What the reader follows shares the budget: My News's first page (fetched at its own address, so
  // that it reads offline too) joins the feed's stories, newest first.
  const followed = follows.length === 0 ? [] : (await getJson(followingPath(followParams(follows), { cursor: null }), FollowingPage)).items;
  const seen = new Set<number>();
  const items = [...followed, ...feed.items]
    .filter((item) => !seen.has(item.id) && Boolean(seen.add(item.id)))
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    .slice(0, count);
  const cache = await cacheStorage.open(PREFETCH_CACHE);
  const wanted = new Set<string>();
  let stories = 0;
  let photos = 0;
  for (const item of items) {
    const article = await keepArticle(cache, item.id).catch(() => null);
    if (article === null) continue;
    stories += 1;
    wanted.add(`/api/articles/${String(item.id)}`);
    const photo = article.image === undefined ? null : await keepPhoto(cache, article.image.src).catch(() => null);
    if (photo !== null) {
      photos += 1;
      wanted.add(photo);
    }
  }
  for (const request of await cache.keys()) if (!wanted.has(new URL(request.url).pathname)) await cache.delete(request);
  return { stories, photos, bytes: (await prefetchUsage(cacheStorage)).bytes };
}
