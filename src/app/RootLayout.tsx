import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavigationType, Outlet, useLocation, useNavigationType } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { OfflineBanner } from '../features/offline/OfflineBanner';
import { UpdatePrompt } from '../features/offline/UpdatePrompt';
import { SiteHeader } from './SiteHeader';

// Keyboard reading loads with the reader's first key press (the presses made while it loads are then
// handled in order): a reader who never uses the keyboard never downloads it.
const KeyboardShortcuts = lazy(async () => ({ default: (await import('../features/shortcuts/KeyboardShortcuts')).KeyboardShortcuts }));

function isField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLElement && target.isContentEditable);
}

/**
 * Key presses that may be shortcuts (a single character, no Ctrl, Alt or Cmd, not in a field), kept from
 * the first one until keyboard reading has loaded and taken them (`taken`); null before the first.
 */
function useEarlyShortcutKeys(): { keys: KeyboardEvent[] | null; taken: () => void } {
  const [keys, setKeys] = useState<KeyboardEvent[] | null>(null);
  const [listening, setListening] = useState(true);
  // Set at once when keyboard reading listens itself: no press may reach both.
  const taken = useRef(false);
  useEffect(() => {
    if (!listening) return;
    const listener = (event: KeyboardEvent) => {
      if (taken.current) return;
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || isField(event.target)) return;
      if (event.key === '/') event.preventDefault(); // the search shortcut, not the browser's quick find
      setKeys((kept) => [...(kept ?? []), event]);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [listening]);
  return {
    keys,
    taken: () => {
      taken.current = true;
      setListening(false);
    },
  };
}

/** Every page: skip link, masthead, the page, footer. */
export function RootLayout() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const early = useEarlyShortcutKeys();
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
      {early.keys !== null && (
        <ErrorBoundary fallback={null}>
          <Suspense fallback={null}>
            <KeyboardShortcuts earlyKeys={early.keys} onListening={early.taken} />
          </Suspense>
        </ErrorBoundary>
      )}
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
          <Link to="/saved">Saved for later</Link> · <Link to="/data">Your data</Link> · <span>Version {__NEWSWIRE_VERSION__}</span>
        </p>
      </footer>
      <UpdatePrompt />
    </>
  );
}
