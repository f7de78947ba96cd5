import { useInfiniteQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState } from 'react';
import { errorMessage, isNetworkError } from '../../api/client';
import { feedQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NotOnDevice } from '../../components/NotOnDevice';
import { Skeleton } from '../../components/Skeleton';
import type { SectionSlug } from '../../contract/sections';
import { useTimeZone } from '../../lib/TimeZoneContext';
import { usePageReady } from '../../lib/pageReady';
import { useToday } from '../../lib/useMinuteValue';
import type { FeedView as FeedViewComponent } from './FeedView';
import './feed.css';

// The list's code (the virtualiser, More news, new stories) is fetched alongside the first page of
// news rather than with the app's first script: it is not needed until there are stories to show,
// and keeps the first load small.
let loadedFeedView: typeof FeedViewComponent | null = null;
const feedViewModule = import('./FeedView').then((m) => (loadedFeedView = m.FeedView));

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
  // The rows are built and drawn in a transition: React renders them in slices between paints, so a
  // page of stories never blocks the main thread in one long task.
  const data = useDeferredValue(feed.data);

  // One placeholder until both the first page and the list's code are in: the feed appears at once.
  const [FeedView, setFeedView] = useState(() => loadedFeedView);
  const [codeFailed, setCodeFailed] = useState(false);
  useEffect(() => {
    if (FeedView === null)
      feedViewModule.then(
        (component) => setFeedView(() => component),
        () => setCodeFailed(true),
      );
  }, [FeedView]);

  const drawing = !feed.isLoadingError && !codeFailed && (data === undefined || FeedView === null);
  usePageReady(!drawing);
  if (drawing) return <Skeleton lines={8} label="Loading the news feed" />;
  if (feed.isLoadingError) {
    if (isNetworkError(feed.error)) return <NotOnDevice what="list" />;
    return <ErrorMessage message={errorMessage(feed.error)} onRetry={() => void feed.refetch()} />;
  }
  if (FeedView === null || data === undefined) return <ErrorMessage message="The news feed could not be shown: part of Newswire did not download. Check your connection and reload the page." onRetry={() => window.location.reload()} />;
  return <FeedView feed={feed} data={data} sections={sections} emptyMessage={emptyMessage} timeZone={timeZone} today={today.getTime()} />;
}
