import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { isSectionSlug, sectionTitle } from '../contract/sections';
import { FeedList } from '../features/feed/FeedList';
import { NotFoundPage } from './NotFoundPage';

// Loaded on its own: the feed's chunk (which `/` downloads too) does not carry the follows.
const FollowButton = lazy(async () => ({ default: (await import('../components/FollowButton')).FollowButton }));

/** `/{section}`: the News Feed of one section. */
export function SectionPage() {
  const { section = '' } = useParams();
  if (!isSectionSlug(section)) return <NotFoundPage />;
  const title = sectionTitle(section);
  return (
    <div className="page page-section">
      <title>{`${title} — Newswire`}</title>
      <h1 className="page-title">{title}</h1>
      <Suspense fallback={null}>
        <FollowButton follow={{ kind: 'section', slug: section, name: title }} />
      </Suspense>
      <FeedList key={section} sections={[section]} emptyMessage={`There are no stories in ${title} yet.`} />
    </div>
  );
}
