import { useInfiniteQuery } from '@tanstack/react-query';
import { errorMessage } from '../../api/client';
import { feedQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Skeleton } from '../../components/Skeleton';
import type { SectionSlug } from '../../contract/sections';
import { useTimeZone } from '../../lib/TimeZoneContext';
import { useToday } from '../../lib/useMinuteValue';
import { FeedItem } from './FeedItem';
import { groupByDay } from './groupByDay';
import './feed.css';

interface FeedListProps {
  /** Sections to show; null for all. */
  sections: readonly SectionSlug[] | null;
}

/** The News Feed: newest first, grouped by day, with More news. */
export function FeedList({ sections }: FeedListProps) {
  const timeZone = useTimeZone();
  const today = useToday(timeZone); // re-renders the list when the day changes in the reader's city
  const feed = useInfiniteQuery(feedQuery(sections));

  if (feed.isPending) return <Skeleton lines={8} label="Loading the news feed" />;
  if (feed.isLoadingError) return <ErrorMessage message={errorMessage(feed.error)} onRetry={() => void feed.refetch()} />;

  const items = feed.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <p className="feed-empty">No stories yet.</p>;
  const groups = groupByDay(items, today, timeZone);
  const single = sections?.length === 1;

  return (
    <section className="feed" aria-label="News Feed">
      {groups.map((group) => (
        <section key={group.day} className="feed-day" aria-labelledby={`day-${group.day}`}>
          <h2 id={`day-${group.day}`} className="feed-day-heading">
            {group.heading}
          </h2>
          <ul className="feed-list">
            {group.items.map((article) => (
              <li key={article.id}>
                <FeedItem article={article} showSection={!single} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div className="feed-more">
        {feed.hasNextPage ? (
          <button type="button" className="button" onClick={() => void feed.fetchNextPage()} disabled={feed.isFetchingNextPage}>
            {feed.isFetchingNextPage ? 'Loading…' : 'More news'}
          </button>
        ) : (
          <p className="feed-end">You have reached the end of the feed.</p>
        )}
        {feed.isFetchNextPageError && <ErrorMessage message={errorMessage(feed.error)} onRetry={() => void feed.fetchNextPage()} />}
      </div>
    </section>
  );
}
