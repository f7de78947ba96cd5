import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage, isNetworkError } from '../../api/client';
import { feedQuery, feedUpdatesQuery } from '../../api/queries';
import { AsOf } from '../../components/AsOf';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NotOnDevice } from '../../components/NotOnDevice';
import { Skeleton } from '../../components/Skeleton';
import type { SectionSlug } from '../../contract/sections';
import { useTimeZone } from '../../lib/TimeZoneContext';
import { useToday } from '../../lib/useMinuteValue';
import { feedRows, uniqueById } from './feedRows';
import { MoreNews } from './MoreNews';
import { NewStoriesButton } from './NewStoriesButton';
import { useNewStories } from './useNewStories';
import type { VirtualFeed as VirtualFeedComponent, VirtualFeedHandle } from './VirtualFeed';
import './feed.css';

// The virtualiser is fetched alongside the first page of news rather than with the app's first
// script: it is not needed until there are stories to show, and keeps the first load small.
let loadedVirtualFeed: typeof VirtualFeedComponent | null = null;
const virtualFeedModule = import('./VirtualFeed').then((m) => (loadedVirtualFeed = m.VirtualFeed));

interface FeedListProps {
  /** Sections to show; null for all. */
  sections: readonly SectionSlug[] | null;
  /** Shown when the feed has no stories at all. */
  emptyMessage?: string;
}

/** The News Feed: newest first, grouped by day, More news by button or scrolling, new stories on request. */
export function FeedList({ sections, emptyMessage = 'There are no stories here yet.' }: FeedListProps) {
  const timeZone = useTimeZone();
  const today = useToday(timeZone); // re-renders the list when the day changes in the reader's city
  const feed = useInfiniteQuery(feedQuery(sections));
  const list = useRef<VirtualFeedHandle>(null);
  const [focusRequest, setFocusRequest] = useState<{ key: string; nonce: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // The rows are built and drawn in a transition: React renders them in slices between paints, so a
  // page of stories never blocks the main thread in one long task.
  const data = useDeferredValue(feed.data);
  const items = useMemo(() => uniqueById(data?.pages.flatMap((page) => page.items) ?? []), [data]);
  const day = today.getTime();
  const rows = useMemo(() => feedRows(items, new Date(day), timeZone), [items, day, timeZone]);
  const insertNewStories = useNewStories(sections, items[0]?.id);
  // A feed shown from the copy on this device says so until the new-stories check (which runs as
  // soon as the connection returns) finds nothing newer; the feed itself never changes under the reader.
  const savedAt = data?.pages.find((page) => page.savedAt !== undefined)?.savedAt;
  const current = useQuery({
    ...feedUpdatesQuery(sections, items[0]?.id ?? 0),
    enabled: savedAt !== undefined && items.length > 0,
    select: (updates) => updates.count === 0,
  });

  // One placeholder until both the first page and the list's code are in: the feed appears at once.
  const [VirtualFeed, setVirtualFeed] = useState(() => loadedVirtualFeed);
  useEffect(() => {
    if (VirtualFeed === null) void virtualFeedModule.then((component) => setVirtualFeed(() => component));
  }, [VirtualFeed]);

  if (!feed.isLoadingError && (data === undefined || VirtualFeed === null)) return <Skeleton lines={8} label="Loading the news feed" />;
  if (feed.isLoadingError) {
    if (isNetworkError(feed.error)) return <NotOnDevice what="list" />;
    return <ErrorMessage message={errorMessage(feed.error)} onRetry={() => void feed.refetch()} />;
  }

  const showNew = async () => {
    list.current?.captureAnchor();
    try {
      const added = await insertNewStories();
      const first = added === 'reloaded' ? undefined : added[0];
      if (added === 'reloaded') window.scrollTo({ top: 0 });
      else if (first !== undefined) setFocusRequest({ key: `story-${String(first.id)}`, nonce: Date.now() });
      setAnnouncement(added === 'reloaded' ? 'The feed was reloaded with the newest stories.' : `${String(added.length)} new stories added at the top of the feed.`);
    } catch (error) {
      setAnnouncement(errorMessage(error));
    }
  };

  return (
    <section className="feed" aria-label="News Feed">
      <AsOf savedAt={savedAt} fetchedAt={feed.dataUpdatedAt} stillCopy={current.data !== true} />
      <NewStoriesButton sections={sections} newestId={items[0]?.id} onShow={() => void showNew()} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {rows.length === 0 ? (
        <p className="feed-empty">{emptyMessage}</p>
      ) : VirtualFeed === null ? null : (
        <VirtualFeed ref={list} rows={rows} showSection={sections?.length !== 1} focusRequest={focusRequest} />
      )}
      {rows.length > 0 && (
        <MoreNews hasMore={(data?.pages.at(-1)?.nextCursor ?? null) !== null} loading={feed.isFetchingNextPage} failed={feed.isFetchNextPageError} onMore={() => void feed.fetchNextPage()} />
      )}
      {feed.isFetchNextPageError && <ErrorMessage message={errorMessage(feed.error)} />}
    </section>
  );
}
