import { hydrate, type DehydratedState } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api/client';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { READER_COOKIE } from './contract/readerCookie';
import { onChoicesChanged } from './lib/choicesChanged';
import { rememberRenderedFrom, type RenderSnapshot } from './lib/renderSnapshot';
import { rememberZoneOffsets, type ZoneOffsets } from './lib/zonedTime';
import { CITY_STORAGE_KEY } from './features/city/cityStore';
import { FILTER_STORAGE_KEY } from './features/feed/sectionChoice';
import './app/styles.css';
// The styles of the pages rendered most: inlined into
// index.html with the rest by scripts/vite/inlineStyles.ts, so the server's HTML is styled at once.
import './features/feed/feed.css';
import './features/article/article.css';
import './features/search/search.css';

// The page came rendered by the server (src/server/render/) with the data it was rendered from in
// #newswire-state; the app hydrates it. The service worker's offline shell has neither: the app renders.

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
const stateElement = document.getElementById('newswire-state');
// Written by the server for this very page (src/server/render/pageHtml.ts): checked all the same.
function isPageState(value: unknown): value is { queries: DehydratedState; snapshot: RenderSnapshot } {
  if (typeof value !== 'object' || value === null) return false;
  const queries: unknown = Reflect.get(value, 'queries');
  const snapshot: unknown = Reflect.get(value, 'snapshot');
  return typeof queries === 'object' && queries !== null && Array.isArray(Reflect.get(queries, 'queries')) && typeof snapshot === 'object' && snapshot !== null && typeof Reflect.get(snapshot, 'minute') === 'number';
}

function isZoneOffsets(value: unknown): value is ZoneOffsets {
  if (typeof value !== 'object' || value === null) return false;
  const spans: unknown = Reflect.get(value, 'spans');
  return (
    typeof Reflect.get(value, 'timeZone') === 'string' &&
    typeof Reflect.get(value, 'until') === 'number' &&
    Array.isArray(spans) &&
    spans.every((span) => Array.isArray(span) && span.length === 2 && span.every(Number.isFinite))
  );
}

let snapshot: RenderSnapshot | null = null;
if (stateElement !== null && root.firstChild !== null) {
  try {
    const state: unknown = JSON.parse(stateElement.textContent);
    if (isPageState(state)) {
      // Failures the server rendered (an article that does not exist) come back as the app's own errors.
      for (const query of state.queries.queries) {
        if (query.state.status === 'error') query.state.error = ApiError.fromJSON(query.state.error) ?? query.state.error;
      }
      hydrate(queryClient, state.queries);
      snapshot = state.snapshot;
      const zone: unknown = Reflect.get(state, 'zone');
      if (isZoneOffsets(zone)) rememberZoneOffsets(zone);
      const api: unknown = Reflect.get(state, 'api');
      if (Array.isArray(api)) rememberRenderedFrom(api.filter((path): path is string => typeof path === 'string' && path.startsWith('/api/')));
    }
  } catch {
    snapshot = null; // unreadable: the app renders the page itself
  }
}

const app = (
  <StrictMode>
    <App queryClient={queryClient} snapshot={snapshot} router={(routes) => <BrowserRouter>{routes}</BrowserRouter>} />
  </StrictMode>
);
// Hydrated as a transition: React works in slices and lets the browser paint and take taps between
// them (the page's links work meanwhile as plain links), instead of one long task.
if (snapshot !== null)
  startTransition(() => {
    hydrateRoot(root, app);
  });
else {
  root.replaceChildren();
  createRoot(root).render(app);
}

function hasStoredReaderChoices(): boolean {
  try {
    return localStorage.getItem(CITY_STORAGE_KEY) !== null || localStorage.getItem(FILTER_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

// After the page has loaded.
function afterLoad(task: () => void): void {
  if (document.readyState === 'complete') task();
  else window.addEventListener('load', task, { once: true });
}

// The cookie that lets the server render the next page in the reader's city and feed filter: its code
// loads only for a reader who has such choices (or makes one), and keeps the cookie current from then on.
let keepingCookie = false;
function keepCookie(): void {
  if (keepingCookie) return;
  keepingCookie = true;
  import('./lib/readerCookie').then(
    ({ keepReaderCookie }) => keepReaderCookie(),
    () => (keepingCookie = false),
  );
}
afterLoad(() => {
  if (document.cookie.includes(`${READER_COOKIE}=`) || hasStoredReaderChoices()) keepCookie();
  onChoicesChanged(keepCookie);
});

// Offline support starts once the page has loaded and the browser is idle, in chunks of its own: the
// service worker's precache and the background downloads never compete with the first page for the
// network or the main thread.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  afterLoad(() => {
    const start = () => void import('./app/startOffline').then(({ startOffline }) => startOffline());
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => setTimeout(start, 2000), { timeout: 5000 });
    else setTimeout(start, 3000);
  });
}
