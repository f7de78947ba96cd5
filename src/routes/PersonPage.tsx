import { useParams } from 'react-router';
import { PersonStories } from '../features/topics/PersonStories';
import { NotFoundPage } from './NotFoundPage';

/** `/persons/{slug}`: the stories that mention a person, newest first. */
export function PersonPage() {
  const { slug = '' } = useParams();
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 100) return <NotFoundPage what="This person's page" />;
  return (
    <div className="page page-person">
      <PersonStories key={slug} slug={slug} notFound={<NotFoundPage what="This person's page" />} />
    </div>
  );
}
