import { Link } from 'react-router';
import { Time } from '../../components/Time';
import type { SearchHit } from '../../contract/discoverySchemas';
import { sectionTitle } from '../../contract/sections';
import { highlightSegments } from './highlightSegments';
import { StoryMarks } from '../../components/StoryMarks';

/** One search result: headline, time, section, and the snippet with the matched words marked. */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  return (
    <li className="search-hit">
      <h2 className="search-hit-title">
        <Link to={hit.url} data-story-link>
          {hit.title}
          <StoryMarks story={hit} />
        </Link>
      </h2>
      <p className="search-hit-meta">
        <Time value={hit.publishedAt} />
        <span aria-hidden="true"> · </span>
        <Link to={`/${hit.section}`}>{sectionTitle(hit.section)}</Link>
      </p>
      <p className="search-hit-snippet">
        {highlightSegments(hit.snippet, hit.highlights).map((segment, i) => (segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
      </p>
    </li>
  );
}
