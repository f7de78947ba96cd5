import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { feedQuery, feedUpdatesQuery } from '../../api/queries';
import type { ArticleSummary } from '../../contract/schemas';
import type { SectionSlug } from '../../contract/sections';

/** Most new stories inserted in place; beyond that the feed starts again from the top. */
const MAX_INSERT = 100;

/**
 * Inserts the stories newer than `newestId` at the top of the loaded feed: returns the inserted
 * stories, or 'reloaded' when there were too many to insert and the feed was loaded afresh.
 */
export function useNewStories(sections: readonly SectionSlug[] | null, newestId: number | undefined) {
  const queryClient = useQueryClient();
  return useCallback(async (): Promise<ArticleSummary[] | 'reloaded'> => {
    if (newestId === undefined) return [];
    const fresh = await queryClient.query(feedUpdatesQuery(sections, newestId, MAX_INSERT));
    const { queryKey } = feedQuery(sections);
    if (fresh.count > fresh.items.length) {
      await queryClient.resetQueries({ queryKey, exact: true });
      return 'reloaded';
    }
    queryClient.setQueryData(queryKey, (old) => {
      const [first, ...rest] = old?.pages ?? [];
      if (old === undefined || first === undefined) return old;
      return { ...old, pages: [{ ...first, items: [...fresh.items, ...first.items] }, ...rest] };
    });
    return fresh.items;
  }, [newestId, sections, queryClient]);
}
