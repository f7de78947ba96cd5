import { Link } from 'react-router';
import { PersonIndex } from '../features/topics/PersonIndex';

/** `/persons`: everyone in the news, with the number of stories that mention them. */
export function PersonsPage() {
  return (
    <div className="page page-persons">
      <title>Persons — Newswire</title>
      <h1 className="page-title">Persons</h1>
      <p>
        People in the news, with the stories that mention them. See also <Link to="/topics">Topics</Link>.
      </p>
      <PersonIndex />
    </div>
  );
}
