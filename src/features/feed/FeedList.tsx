import { useInfiniteQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage, isNetworkError } from '../../api/client';
import { feedQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NotOnDevice } from '../../components/NotOnDevice';
import { Skeleton } from '../../components/Skeleton';
import type { SectionSlug } from '../../contract/sections';
import { useTimeZone } from '../../lib/TimeZoneContext';
import { useToday } from '../../lib/useMinuteValue';
import { FeedView } from './FeedView';
import './feed.css';

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
  const [params] = useSearchParams();
  const from = params.get('cursor');
  const feed = useInfiniteQuery(feedQuery(sections, from));
  const moreHref = (cursor: string) => {
    const next = new URLSearchParams(params);
    next.set('cursor', cursor);
    return `?${next.toString().replace(/%2C/g, ',')}`;
  };
  // The rows are built and drawn in a transition: React renders them in slices between paints, so a
  // page of stories never blocks the main thread in one long task.
  const data = useDeferredValue(feed.data);

  if (feed.isLoadingError) {
    if (isNetworkError(feed.error)) return <NotOnDevice />;
    return <ErrorMessage message={errorMessage(feed.error)} onRetry={() => void feed.refetch()} />;
  }
  if (data === undefined) return <Skeleton lines={8} label="Loading the news feed" />;
  return <FeedView feed={feed} data={data} sections={sections} emptyMessage={emptyMessage} timeZone={timeZone} today={today.getTime()} moreHref={moreHref} />;
}
