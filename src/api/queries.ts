import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { Article, ArticleList, CityList, FeedPage, FeedUpdates, type MostReadPeriod } from '../contract/schemas';
import type { SectionSlug } from '../contract/sections';
import { getJson } from './client';
import { FIRST_PAGE, withParams } from './withParams';

/** The News Feed, newest first, paged by cursor; `sections` null means all. */
export function feedQuery(sections: readonly SectionSlug[] | null) {
  return infiniteQueryOptions({
    queryKey: ['feed', { sections }],
    queryFn: ({ pageParam, signal }) =>
      getJson(withParams('/api/feed', { sections: sections?.join(','), cursor: pageParam }), FeedPage, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) => last.nextCursor,
    // The loaded feed changes only when the reader asks ("N new stories"), never under their eyes.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
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

/** Top stories. */
export function topStoriesQuery() {
  return queryOptions({
    queryKey: ['top-stories'],
    queryFn: ({ signal }) => getJson('/api/top-stories', ArticleList, signal),
  });
}

/** One whole article. */
export function articleQuery(id: number) {
  return queryOptions({
    queryKey: ['article', id],
    queryFn: ({ signal }) => getJson(`/api/articles/${String(id)}`, Article, signal),
    staleTime: 5 * 60_000,
  });
}

/** Most read in a window. */
export function mostReadQuery(period: MostReadPeriod) {
  return queryOptions({
    queryKey: ['most-read', period],
    queryFn: ({ signal }) => getJson(withParams('/api/most-read', { period }), ArticleList, signal),
  });
}

/** The cities of "Select the city": reference data, fresh for an hour (the server caches it as long). */
export function citiesQuery() {
  return queryOptions({
    queryKey: ['cities'],
    queryFn: ({ signal }) => getJson('/api/cities', CityList, signal),
    staleTime: 60 * 60_000,
  });
}
