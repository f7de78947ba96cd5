import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { ArticleList, CityList, FeedPage, FeedUpdates } from '../contract/schemas';
import type { SectionSlug } from '../contract/sections';
import { getJson, getJsonCopy } from './client';
import { FIRST_PAGE, withParams } from './withParams';

/** An answer that may be a copy kept on this device: `savedAt` is when the copy was fetched. */
export type MaybeCopy<T> = T & { savedAt?: string };

/** An answer as the app keeps it: the value, with `savedAt` when it came from the copy on this device. */
export async function copyOf<T extends object>(answer: Promise<{ value: T; savedAt: string | null }>): Promise<MaybeCopy<T>> {
  const { value, savedAt } = await answer;
  return savedAt === null ? value : { ...value, savedAt };
}

/**
 * The News Feed, newest first, paged by cursor; `sections` null means all. `from` starts it after a
 * cursor (the page "More news" links to, `?cursor=`), else at the newest story.
 */
export function feedQuery(sections: readonly SectionSlug[] | null, from: string | null = null) {
  return infiniteQueryOptions({
    queryKey: from === null ? ['feed', { sections }] : ['feed', { sections, from }],
    queryFn: ({ pageParam, signal }): Promise<MaybeCopy<FeedPage>> =>
      copyOf(getJsonCopy(withParams('/api/feed', { sections: sections?.join(','), cursor: pageParam }), FeedPage, signal)),
    initialPageParam: from ?? FIRST_PAGE,
    getNextPageParam: (last) => last.nextCursor,
    // The loaded feed changes only when the reader asks ("N new stories"), never under their eyes.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    // …except a feed that could not load at all (offline, never kept): it loads when the connection returns.
    refetchOnReconnect: (query) => query.state.status === 'error',
  });
}

/** Stories that arrived after `afterId`: how many, and the newest `limit` (watched every minute and on tab focus). */
export function feedUpdatesQuery(sections: readonly SectionSlug[] | null, afterId: number, limit = 1) {
  return queryOptions({
    queryKey: ['feed-updates', { sections, afterId, limit }],
    queryFn: ({ signal }) =>
      getJson(withParams('/api/feed/updates', { sections: sections?.join(','), after: String(afterId), limit: String(limit) }), FeedUpdates, signal),
    staleTime: 0,
    refetchInterval: 60_000,
    refetchOnWindowFocus: 'always',
  });
}

// A list answered from the copy on this device while the browser is online (the server was slow or
// the connection only just returned) is asked for again shortly, until the server answers.
export const retryCopy = (query: { state: { data?: { savedAt?: string } } }) => (query.state.data?.savedAt !== undefined && navigator.onLine ? 10_000 : false);

/** Top stories; fetched afresh whenever the connection returns. */
export function topStoriesQuery() {
  return queryOptions({
    queryKey: ['top-stories'],
    queryFn: ({ signal }): Promise<MaybeCopy<ArticleList>> => copyOf(getJsonCopy('/api/top-stories', ArticleList, signal)),
    refetchOnReconnect: 'always',
    refetchInterval: retryCopy,
  });
}

/** The cities of "Select the city": reference data, fresh for an hour (the server caches it as long). */
export function citiesQuery() {
  return queryOptions({
    queryKey: ['cities'],
    queryFn: ({ signal }) => getJson('/api/cities', CityList, signal),
    staleTime: 60 * 60_000,
    // Not kept by the service worker: offline, wait for the connection instead of failing.
    networkMode: 'online',
  });
}
