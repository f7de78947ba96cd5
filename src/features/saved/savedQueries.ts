import { queryOptions } from '@tanstack/react-query';
import { getSavedArticle, listSavedArticles } from '../../lib/savedStore';

/** Every article saved on this device (IndexedDB; works offline). */
export function savedListQuery() {
  return queryOptions({
    queryKey: ['saved'],
    queryFn: () => listSavedArticles(),
    networkMode: 'always',
    staleTime: Infinity,
    retry: false,
  });
}

/** One saved article, or null when it is not saved on this device. */
export function savedArticleQuery(id: number) {
  return queryOptions({
    queryKey: ['saved', id],
    queryFn: () => getSavedArticle(id),
    networkMode: 'always',
    staleTime: Infinity,
    retry: false,
  });
}
