import { Link } from 'react-router';
import { formatCount } from '../../lib/formatCount';

interface TagIndexProps {
  /** What the entries are, for the list's name ("Topics"). */
  label: string;
  entries: { href: string; name: string; articles: number }[];
}


/** An alphabetical index of topics or persons, each with its number of stories. */
export function TagIndex({ label, entries }: TagIndexProps) {
  if (entries.length === 0) return <p>{`There are no ${label.toLowerCase()} yet.`}</p>;
  return (
    <ul className="tag-index" aria-label={label}>
      {entries.map((e) => (
        <li key={e.href}>
          <Link to={e.href}>{e.name}</Link>
          <span className="tag-index-count">{`${formatCount(e.articles)} ${e.articles === 1 ? 'story' : 'stories'}`}</span>
        </li>
      ))}
    </ul>
  );
}
