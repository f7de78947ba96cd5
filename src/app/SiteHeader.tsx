import { Link } from 'react-router';
import { HeaderSearch } from '../features/search/HeaderSearch';
import { SectionNav } from './SectionNav';

/** The masthead: site name (home), the reader's tools, and the eight sections, the current one marked. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="masthead">
        <Link to="/" className="site-name" aria-label="Newswire, News Feed">
          <span aria-hidden="true" className="site-mark">
            N
          </span>
          <span>Newswire</span>
        </Link>
        <div className="masthead-tools">
          {/* one line per tool: search, city clock, currency converter */}
          <HeaderSearch />
        </div>
      </div>
      <SectionNav />
    </header>
  );
}
