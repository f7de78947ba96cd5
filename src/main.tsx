import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { applyStoredPrefs } from './lib/displayPrefs';
import './app/styles.css';

applyStoredPrefs(); // the reader's theme and text size before the first paint

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
// The first render as a transition: React renders it in slices and lets the browser paint and
// handle input in between, instead of one long task.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} router={(routes) => <BrowserRouter>{routes}</BrowserRouter>} />
    </StrictMode>,
  );
});

// Offline support starts once the page has loaded and the browser is idle, in chunks of its own: the
// service worker's precache and the background downloads never compete with the first page for the
// network or the main thread.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    const start = () => void import('./app/startOffline').then(({ startOffline }) => startOffline());
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => setTimeout(start, 2000), { timeout: 5000 });
    else setTimeout(start, 3000);
  });
}
