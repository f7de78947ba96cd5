import { useParams } from 'react-router';
import { FollowButton } from '../components/FollowButton';
import { isSectionSlug, sectionTitle } from '../contract/sections';
import { FeedList } from '../features/feed/FeedList';
import { NotFoundPage } from './NotFoundPage';

/** `/{section}`: the News Feed of one section. */
export function SectionPage() {
  const { section = '' } = useParams();
  if (!isSectionSlug(section)) return <NotFoundPage />;
  const title = sectionTitle(section);
  return (
    <div className="page page-section">
      <title>{`${title} — Newswire`}</title>
      <h1 className="page-title">{title}</h1>
      <FollowButton follow={{ kind: 'section', slug: section, name: title }} />
      <FeedList key={section} sections={[section]} emptyMessage={`There are no stories in ${title} yet.`} />
    </div>
  );
}
