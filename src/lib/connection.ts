import { useSyncExternalStore } from 'react';

// Whether Newswire can reach its server, from two sources: the browser's own online/offline state
// (navigator.onLine and its events), and what the app's requests find out — a request that fails
// for want of a network while the browser still claims to be online ("lie-fi") counts as offline
// until a later request gets through.

const listeners = new Set<() => void>();
let requestFailed = false;

function notify(): void {
  for (const listener of [...listeners]) listener();
}

function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine;
}

function onBrowserOnline(): void {
  requestFailed = false; // a fresh connection: give the server the benefit of the doubt
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    window.addEventListener('online', onBrowserOnline);
    window.addEventListener('offline', notify);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('online', onBrowserOnline);
      window.removeEventListener('offline', notify);
    }
  };
}

/** True while the browser is offline or the last request to the server failed for want of a network. */
export function isOffline(): boolean {
  return !browserOnline() || requestFailed;
}

/** Records the outcome of a request to the server: `reached` false for a network failure. */
export function reportServerReached(reached: boolean): void {
  if (requestFailed === !reached) return;
  requestFailed = !reached;
  notify();
}

/** Re-renders when the connection comes or goes; true while offline. */
export function useOffline(): boolean {
  return useSyncExternalStore(subscribe, isOffline, () => false);
}
