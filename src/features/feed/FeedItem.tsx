import { Link } from 'react-router';
import { StoryMarks } from '../../components/StoryMarks';
import { Time } from '../../components/Time';
import type { ArticleSummary } from '../../contract/schemas';
import { sectionTitle } from '../../contract/sections';

interface FeedItemProps {
  article: ArticleSummary;
  /** Hide the section link (on a section's own page). */
  showSection?: boolean;
}

/** One story of the feed: time, section, headline and lead. */
export function FeedItem({ article, showSection = true }: FeedItemProps) {
  return (
    <article className="feed-item">
      <div className="feed-item-meta">
        <Time value={article.publishedAt} format="clock" />
        {showSection && (
          <Link to={`/${article.section}`} className="feed-item-section">
            {sectionTitle(article.section)}
          </Link>
        )}
      </div>
      <h3 className="feed-item-title">
        <Link to={article.url} data-story-link>
          {article.title}
          <StoryMarks story={article} />
        </Link>
      </h3>
      <p className="feed-item-lead">{article.lead}</p>
    </article>
  );
}
