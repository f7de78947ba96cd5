import { Link, NavLink } from 'react-router';
import { CityMenu } from '../features/city/CityMenu';
import { CurrencyConverterButton } from '../features/currency/CurrencyConverterButton';
import { DisplayMenu } from '../features/display/DisplayMenu';
import { HeaderSearch } from '../features/search/HeaderSearch';
import { SectionNav } from './SectionNav';

/** The masthead: site name (home), the reader's tools, and the eight sections, the current one marked. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="masthead">
        <Link to="/" className="site-name">
          <span aria-hidden="true" className="site-mark">
            N
          </span>
          <span>Newswire</span>
        </Link>
        <nav aria-label="Yours" className="masthead-yours">
          <NavLink to="/my">My News</NavLink>
          <NavLink to="/saved">Saved</NavLink>
        </nav>
        <div className="masthead-tools">
          {/* one line per tool: search, city clock, currency converter */}
          <HeaderSearch />
          <CityMenu />
          <CurrencyConverterButton />
          <DisplayMenu />
        </div>
      </div>
      <SectionNav />
    </header>
  );
}
