import { queryOptions } from '@tanstack/react-query';
import { Article, ArticleList, type MostReadPeriod } from '../contract/schemas';
import { getJsonCopy } from './client';
import { copyOf, type MaybeCopy, retryCopy } from './queries';
import { withParams } from './withParams';

// The queries of the article page (the article, and Most read beside it): apart from the feed's, so
// the first load of the News Feed does not carry them.

/** One whole article (possibly the copy kept on this device). */
export function articleQuery(id: number) {
  return queryOptions({
    queryKey: ['article', id],
    queryFn: ({ signal }): Promise<MaybeCopy<Article>> => copyOf(getJsonCopy(`/api/articles/${String(id)}`, Article, signal)),
    staleTime: 5 * 60_000,
  });
}

/** Most read in a window; fetched afresh whenever the connection returns. */
export function mostReadQuery(period: MostReadPeriod) {
  return queryOptions({
    queryKey: ['most-read', period],
    queryFn: ({ signal }): Promise<MaybeCopy<ArticleList>> => copyOf(getJsonCopy(withParams('/api/most-read', { period }), ArticleList, signal)),
    refetchOnReconnect: 'always',
    refetchInterval: retryCopy,
  });
}
