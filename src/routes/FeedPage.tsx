import { FeedList } from '../features/feed/FeedList';
import { TopStories } from '../features/feed/TopStories';

/** `/`: Top stories and the News Feed of all sections. */
export function FeedPage() {
  return (
    <div className="page page-feed">
      <title>Newswire — news from Russia and the world</title>
      <h1 className="page-title">News Feed</h1>
      <div className="feed-layout">
        <div className="feed-main">
          <FeedList sections={null} />
        </div>
        <aside className="feed-side" aria-label="Top stories">
          <TopStories />
        </aside>
      </div>
    </div>
  );
}
