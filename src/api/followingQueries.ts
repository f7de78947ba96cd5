import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { FollowingPage } from '../contract/schemas';
import type { followParams } from '../lib/follows';
import { getJson, getJsonCopy } from './client';
import { copyOf, type MaybeCopy } from './queries';
import { FIRST_PAGE, withParams } from './withParams';

type FollowParams = ReturnType<typeof followParams>;

/** The address of My News for these follows (the same for the app and for the background downloads, so both use one kept copy). */
export const followingPath = (follows: FollowParams, extra: Record<string, string | null> = {}) =>
  withParams('/api/following', { sections: follows.sections.join(',') || null, topics: follows.topics.join(',') || null, persons: follows.persons.join(',') || null, ...extra });

/** My News: the stories of everything followed, newest first, paged by cursor (a copy kept on this device offline). */
export function followingQuery(follows: FollowParams) {
  return infiniteQueryOptions({
    queryKey: ['following', follows],
    queryFn: ({ pageParam, signal }): Promise<MaybeCopy<FollowingPage>> => copyOf(getJsonCopy(followingPath(follows, { cursor: pageParam }), FollowingPage, signal)),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) => last.nextCursor,
    refetchOnWindowFocus: false,
  });
}

/** How many stories of what is followed were published after `since` (counted up to 1,000); never from a copy. */
export function followingNewQuery(follows: FollowParams, since: string) {
  return queryOptions({
    queryKey: ['following-new', follows, since],
    queryFn: async ({ signal }) => (await getJson(followingPath(follows, { since, limit: '1' }), FollowingPage, signal)).newSince ?? 0,
    networkMode: 'online',
  });
}
