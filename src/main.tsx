import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { applyStoredPrefs } from './lib/displayPrefs';
import './app/styles.css';

applyStoredPrefs(); // the reader's theme and text size before the first paint

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App queryClient={createQueryClient()} router={(routes) => <BrowserRouter>{routes}</BrowserRouter>} />
  </StrictMode>,
);

// Offline support starts once the page has loaded, in chunks of its own, so the first load stays small.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    void import('./app/startOffline').then(({ startOffline }) => startOffline());
  });
}
