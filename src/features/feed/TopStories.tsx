import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { topStoriesQuery } from '../../api/queries';
import { AsOf } from '../../components/AsOf';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Photo } from '../../components/Photo';
import { Skeleton } from '../../components/Skeleton';
import { Time } from '../../components/Time';
import { TOP_STORY_IMAGE_SIZES } from '../../contract/imageSizes';
import { sectionTitle } from '../../contract/sections';
import { useMuteFilter } from '../../components/MuteFilter';
import { StoryMarks } from '../../components/StoryMarks';
import './feed.css';

/**
 * Top stories: the lead story with its photo, then the others. `priority` where the block leads the page
 * (the feed); beside an article the article's own photo comes first, so this one loads lazily.
 */
export function TopStories({ priority = false }: { priority?: boolean }) {
  const top = useQuery(topStoriesQuery());
  const { shown, notice } = useMuteFilter(top.data?.items );
  if (top.isPending) return <Skeleton lines={4} label="Loading top stories" />;
  if (top.isError) return <ErrorMessage message={errorMessage(top.error)} onRetry={() => void top.refetch()} />;
  const [lead, ...rest] = shown;
  if (lead === undefined && notice === null) return null;
  return (
    <section className="top-stories" aria-labelledby="top-stories-heading">
      <h2 id="top-stories-heading" className="block-heading">
        Top stories
      </h2>
      <AsOf savedAt={top.data.savedAt} fetchedAt={top.dataUpdatedAt} />
      {notice}
      {lead !== undefined && (
        <article className="top-lead">
          {lead.image !== undefined && <Photo image={lead.image} sizes={TOP_STORY_IMAGE_SIZES} priority={priority} />}
          <div className="top-lead-text">
            <p className="top-meta">
              <Link to={`/${lead.section}`}>{sectionTitle(lead.section)}</Link> · <Time value={lead.publishedAt} format="clock" />
            </p>
            <h3 className="top-lead-title">
              <Link to={lead.url}>
                {lead.title}
                <StoryMarks story={lead} />
              </Link>
            </h3>
            <p className="top-lead-lead">{lead.lead}</p>
          </div>
        </article>
      )}
      <ul className="top-list">
        {rest.map((item) => (
          <li key={item.id}>
            <p className="top-meta">
              <Link to={`/${item.section}`}>{sectionTitle(item.section)}</Link> · <Time value={item.publishedAt} format="clock" />
            </p>
            <h3 className="top-title">
              <Link to={item.url}>
                {item.title}
                <StoryMarks story={item} />
              </Link>
            </h3>
          </li>
        ))}
      </ul>
    </section>
  );
}
