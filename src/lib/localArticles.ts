import { Article } from '../contract/schemas';
import { ARTICLE_CACHE, PREFETCH_CACHE, SAVED_AT_HEADER } from '../sw/cacheNames';
import { listSavedArticles } from './savedStore';

/** Where a copy on this device comes from: saved for later, opened recently, or downloaded in the background. */
export type LocalSource = 'saved' | 'opened' | 'prefetched';

/** An article readable on this device without a network, and when its copy was made. */
export interface LocalArticle {
  article: Article;
  source: LocalSource;
  /** ISO 8601 time the copy was saved or fetched. */
  copiedAt: string;
}

/** Where local articles are read from (the browser's by default; tests pass their own). */
export interface LocalSources {
  caches?: CacheStorage;
  saved?: () => Promise<{ articles: { article: Article; savedAt: string }[] }>;
}

const ARTICLE_PATH = /^\/api\/articles\/[1-9]\d{0,15}$/;

async function fromCache(cacheStorage: CacheStorage, name: string, source: LocalSource): Promise<LocalArticle[]> {
  if (!(await cacheStorage.has(name))) return [];
  const cache = await cacheStorage.open(name);
  const found: LocalArticle[] = [];
  for (const request of await cache.keys()) {
    if (!ARTICLE_PATH.test(new URL(request.url).pathname)) continue;
    const response = await cache.match(request);
    if (response === undefined) continue;
    const parsed = Article.safeParse(await response.json().catch(() => null));
    if (!parsed.success) continue;
    const stamp = Date.parse(response.headers.get(SAVED_AT_HEADER) ?? response.headers.get('Date') ?? '');
    found.push({ article: parsed.data, source, copiedAt: new Date(Number.isNaN(stamp) ? 0 : stamp).toISOString() });
  }
  return found;
}

/**
 * Every article that can be read on this device offline — saved for later, kept by the service
 * worker after being opened, or downloaded from the reader's sections — once each (a saved copy
 * first, else the newest copy), newest published first. For offline search and lists.
 */
export async function listLocalArticles(sources: LocalSources = {}): Promise<LocalArticle[]> {
  const cacheStorage = sources.caches ?? (typeof caches === 'undefined' ? undefined : caches);
  const saved = sources.saved ?? listSavedArticles;
  const groups = await Promise.all([
    saved()
      .then(({ articles }) => articles.map((s): LocalArticle => ({ article: s.article, source: 'saved', copiedAt: s.savedAt })))
      .catch(() => []), // IndexedDB blocked: the cached copies still count
    cacheStorage === undefined ? [] : fromCache(cacheStorage, ARTICLE_CACHE, 'opened').catch(() => []),
    cacheStorage === undefined ? [] : fromCache(cacheStorage, PREFETCH_CACHE, 'prefetched').catch(() => []),
  ]);
  const byId = new Map<number, LocalArticle>();
  for (const copy of groups.flat()) {
    const known = byId.get(copy.article.id);
    if (known === undefined || (known.source !== 'saved' && (copy.source === 'saved' || copy.copiedAt > known.copiedAt))) byId.set(copy.article.id, copy);
  }
  return [...byId.values()].sort((a, b) => Date.parse(b.article.publishedAt) - Date.parse(a.article.publishedAt) || b.article.id - a.article.id);
}
