import { lazy, Suspense, useEffect } from 'react';
import { Link, NavigationType, Outlet, useLocation, useNavigationType } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { OfflineBanner } from '../features/offline/OfflineBanner';
import { UpdatePrompt } from '../features/offline/UpdatePrompt';
import { SiteHeader } from './SiteHeader';

// Keyboard reading arrives just after the first paint: nothing needs it before the page is there.
const KeyboardShortcuts = lazy(async () => ({ default: (await import('../features/shortcuts/KeyboardShortcuts')).KeyboardShortcuts }));

/** Every page: skip link, masthead, the page, footer. */
export function RootLayout() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  useEffect(() => {
    // A new page starts at the top; Back and Forward keep the browser's own scroll restoration.
    if (navigationType !== NavigationType.Pop) window.scrollTo(0, 0);
  }, [pathname, navigationType]);

  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader />
      <OfflineBanner />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <ErrorBoundary fallback={null}>
        <Suspense fallback={null}>
          <KeyboardShortcuts />
        </Suspense>
      </ErrorBoundary>
      <footer className="site-footer">
        <nav aria-label="Discover">
          <ul className="footer-links">
            <li>
              <Link to="/search">News Search</Link>
            </li>
            <li>
              <Link to="/topics">Topics</Link>
            </li>
            <li>
              <Link to="/persons">Persons</Link>
            </li>
            <li>
              <Link to="/galleries">Photo galleries</Link>
            </li>
            <li>
              <Link to="/infographics">Infographics</Link>
            </li>
          </ul>
        </nav>
        <p>Newswire — a news agency reader. Demo stories and illustrations were written and made for this project. Press ? for keyboard shortcuts.</p>
        <p>
          <Link to="/saved">Saved for later</Link> · <span>Version {__NEWSWIRE_VERSION__}</span>
        </p>
      </footer>
      <UpdatePrompt />
    </>
  );
}
