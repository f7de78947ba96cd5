import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { topicsQuery } from '../../api/discoveryQueries';

interface NoResultsProps {
  q: string;
  filtered: boolean;
  onClearFilters: () => void;
}

/** Nothing found: say so plainly and offer ways on (fewer words, no filters, the biggest topics). */
export function NoResults({ q, filtered, onClearFilters }: NoResultsProps) {
  const topics = useQuery(topicsQuery());
  const popular = [...(topics.data?.topics ?? [])].sort((a, b) => b.articles - a.articles).slice(0, 6);
  return (
    <div className="search-empty">
      <h2>{`No stories match “${q}”${filtered ? ' with these filters' : ''}`}</h2>
      <ul>
        <li>Check the spelling, or try another word for the same thing.</li>
        <li>Use fewer words: every word must appear in a story.</li>
        {filtered && (
          <li>
            <button type="button" className="link-button" onClick={onClearFilters}>
              Search all sections and dates
            </button>
          </li>
        )}
      </ul>
      {popular.length > 0 && (
        <>
          <p>Or browse a topic:</p>
          <ul className="search-topics">
            {popular.map((t) => (
              <li key={t.slug}>
                <Link to={`/topics/${t.slug}`} className="search-topic">
                  {t.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to="/topics">All topics</Link>
      </p>
    </div>
  );
}
