import { Link } from 'react-router';
import { TopicIndex } from '../features/topics/TopicIndex';

/** `/topics`: every topic with its number of stories. */
export function TopicsPage() {
  return (
    <div className="page page-topics">
      <title>Topics — Newswire</title>
      <h1 className="page-title">Topics</h1>
      <p>
        Stories grouped by subject across all sections. See also <Link to="/persons">Persons</Link>.
      </p>
      <TopicIndex />
    </div>
  );
}
