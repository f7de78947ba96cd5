import { useEffect } from 'react';
import { Link, NavigationType, Outlet, useLocation, useNavigationType } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { OfflineBanner } from '../features/offline/OfflineBanner';
import { UpdatePrompt } from '../features/offline/UpdatePrompt';
import { SiteHeader } from './SiteHeader';

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
      <footer className="site-footer">
        <p>Newswire — a news agency reader. Demo stories and illustrations were written and made for this project.</p>
        <p>
          <Link to="/saved">Saved for later</Link> · <span>Version {__NEWSWIRE_VERSION__}</span>
        </p>
      </footer>
      <UpdatePrompt />
    </>
  );
}
