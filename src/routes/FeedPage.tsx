import { usePrefetchInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { feedQuery, topStoriesQuery } from '../api/queries';
import { Skeleton } from '../components/Skeleton';
import { FeedList } from '../features/feed/FeedList';
import { SectionFilter } from '../features/feed/SectionFilter';
import { TopStories } from '../features/feed/TopStories';
import { useSectionFilter } from '../features/feed/useSectionFilter';

/** `/`: Top stories and the News Feed, filtered to the reader's sections (`?sections=politics,sports`). */
export function FeedPage() {
  const { choice, unknown, update } = useSectionFilter();
  const [ignored] = useState(unknown);
  // Top stories sit above the feed on phones: the page waits for them (the feed loads meanwhile),
  // so that they do not push the feed down when they arrive.
  const top = useQuery(topStoriesQuery());
  usePrefetchInfiniteQuery(feedQuery(choice));
  // Drawn in a transition once they are in (in slices between paints, not one long task).
  const topLoaded = useDeferredValue(!top.isPending);
  return (
    <div className="page page-feed">
      <title>Newswire — news from Russia and the world</title>
      <h1 className="page-title">News Feed</h1>
      {!topLoaded ? (
        <Skeleton lines={12} label="Loading the news" />
      ) : (
        <div className="feed-layout">
          <aside className="feed-side" aria-label="Top stories">
            <TopStories priority />
          </aside>
          <div className="feed-main">
            <SectionFilter choice={choice} onUpdate={update} />
            {ignored.length > 0 && (
              <p className="notice" role="status">
                {`Unknown section${ignored.length > 1 ? 's' : ''} in the address ignored: ${ignored.join(', ')}.`}
              </p>
            )}
            <FeedList key={choice?.join(',') ?? 'all'} sections={choice} emptyMessage="There are no stories in the chosen sections yet." />
          </div>
        </div>
      )}
    </div>
  );
}
