import { Link, NavLink } from 'react-router';
import { SECTIONS } from '../contract/sections';
import { CurrencyConverterButton } from '../features/currency/CurrencyConverterButton';

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
          <CurrencyConverterButton />
        </div>
      </div>
      <nav className="section-nav" aria-label="Sections">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.slug}>
              <NavLink to={`/${s.slug}`}>{s.title}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
