import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getSavedArticle, listSavedArticles, onSavedChange } from '../../lib/savedStore';

/** Keeps the saved articles shown in step with changes made in other tabs (and other views of this one). */
export function useSavedInStep(): void {
  const queryClient = useQueryClient();
  useEffect(() => onSavedChange(() => void queryClient.invalidateQueries({ queryKey: ['saved'] })), [queryClient]);
}

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
