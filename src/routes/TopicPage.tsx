import { useParams } from 'react-router';
import { TopicStories } from '../features/topics/TopicStories';
import { NotFoundPage } from './NotFoundPage';

/** `/topics/{slug}`: a topic's stories, newest first. */
export function TopicPage() {
  const { slug = '' } = useParams();
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 100) return <NotFoundPage what="This topic" />;
  return (
    <div className="page page-topic">
      <TopicStories key={slug} slug={slug} notFound={<NotFoundPage what="This topic" />} />
    </div>
  );
}
