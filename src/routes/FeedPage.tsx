import { useState } from 'react';
import { FeedList } from '../features/feed/FeedList';
import { SectionFilter } from '../features/feed/SectionFilter';
import { TopStories } from '../features/feed/TopStories';
import { useSectionFilter } from '../features/feed/useSectionFilter';

/** `/`: Top stories and the News Feed, filtered to the reader's sections (`?sections=politics,sports`). */
export function FeedPage() {
  const { choice, unknown, update } = useSectionFilter();
  const [ignored] = useState(unknown);
  return (
    <div className="page page-feed">
      <title>Newswire — news from Russia and the world</title>
      <h1 className="page-title">News Feed</h1>
      <div className="feed-layout">
        <aside className="feed-side" aria-label="Top stories">
          <TopStories />
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
    </div>
  );
}
