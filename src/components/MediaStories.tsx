import { useId } from 'react';
import { Link } from 'react-router';
import type { ArticleSummary } from '../contract/schemas';
import './mediaPage.css';
import { StoryMarks } from './StoryMarks';

/** "The stories" under a photo gallery or an infographic: the articles it belongs to. */
export function MediaStories({ stories }: { stories: readonly ArticleSummary[] }) {
  const heading = useId();
  if (stories.length === 0) return null;
  return (
    <section className="media-stories" aria-labelledby={heading}>
      <h2 id={heading} className="block-heading">
        The stories
      </h2>
      <ul>
        {stories.map((story) => (
          <li key={story.id}>
            <Link to={story.url}>
              {story.title}
              <StoryMarks story={story} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
