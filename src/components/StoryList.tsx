import { Link } from 'react-router';
import { Photo } from './Photo';
import { Time } from './Time';
import type { ArticleSummary } from '../contract/schemas';
import { sectionTitle } from '../contract/sections';
import './storyList.css';
import { StoryMarks } from './StoryMarks';

interface StoryListProps {
  stories: readonly ArticleSummary[];
  hasMore: boolean;
  loading: boolean;
  failed: boolean;
  onMore: () => void;
}

/** Stories newest first, with a small picture, and a More stories button while there are more. */
export function StoryList({ stories, hasMore, loading, failed, onMore }: StoryListProps) {
  return (
    <>
      <ol className="story-list">
        {stories.map((story) => (
          <li key={story.id} className="story">
            {story.image !== undefined && <Photo image={story.image} sizes="8rem" className="story-photo" />}
            <div>
              <h2 className="story-title">
                <Link to={story.url} data-story-link>
                  {story.title}
                  <StoryMarks story={story} />
                </Link>
              </h2>
              <p className="story-meta">
                <Time value={story.publishedAt} />
                <span aria-hidden="true"> · </span>
                <Link to={`/${story.section}`}>{sectionTitle(story.section)}</Link>
              </p>
              <p className="story-lead">{story.lead}</p>
            </div>
          </li>
        ))}
      </ol>
      {hasMore ? (
        <p className="story-more">
          <button
            type="button"
            className="button"
            aria-disabled={loading}
            onClick={() => {
              if (!loading) onMore();
            }}
          >
            {failed ? 'Try again: more stories' : loading ? 'Loading more stories…' : 'More stories'}
          </button>
        </p>
      ) : (
        <p className="story-end">{`That is all: ${String(stories.length)} ${stories.length === 1 ? 'story' : 'stories'}.`}</p>
      )}
    </>
  );
}
