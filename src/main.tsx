import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { applyStoredPrefs } from './lib/displayPrefs';
import { whenPageReady } from './lib/pageReady';
import './app/styles.css';
// The article's and search's styles too: they draw the server's first paint of those pages (inlined
// into index.html with the rest by scripts/vite/inlineStyles.ts).
import './features/article/article.css';
import './features/search/search.css';

// Started by the loader (src/boot.ts), possibly after the page's load event.

applyStoredPrefs(); // the reader's theme and text size before the app's first paint

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// With a first paint from the server (an inert preview in #root), the app draws the page out of sight
// and takes the preview's place when the page's content, or its error, is drawn (usePageReady). The
// preview is the same page, so it may stay on a slow line; 15 s is only a net for a page that never says.
let container = root;
if (root.firstElementChild !== null) {
  container = document.createElement('div');
  container.className = 'app-pending';
  root.after(container);
  const reveal = () => {
    if (!root.isConnected) return;
    root.remove();
    container.className = '';
    container.id = 'root';
  };
  whenPageReady(() => requestAnimationFrame(reveal));
  setTimeout(reveal, 15_000);
}

// The first render as a transition: React renders it in slices and lets the browser paint and
// handle input in between, instead of one long task.
startTransition(() => {
  createRoot(container).render(
    <StrictMode>
      <App queryClient={createQueryClient()} router={(routes) => <BrowserRouter>{routes}</BrowserRouter>} />
    </StrictMode>,
  );
});

// After the page has loaded (this module may run after the load event: see src/boot.ts).
function afterLoad(task: () => void): void {
  if (document.readyState === 'complete') task();
  else window.addEventListener('load', task, { once: true });
}

// The cookie that lets the server draw the next first paint in the reader's choices.
// Without it (its file did not download) the server just draws no first paint for this reader's choices.
afterLoad(() => {
  import('./lib/firstPaintCookie').then(
    ({ keepFirstPaintCookie }) => keepFirstPaintCookie(),
    () => undefined,
  );
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
