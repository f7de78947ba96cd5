import { useSyncExternalStore } from 'react';

// A new version of the app waiting to run: the service worker registration (loaded after the page)
// offers it here, and the prompt in the page frame (always in the first load) shows it.

let apply: (() => void) | null = null;
const listeners = new Set<() => void>();

/** Tells the page that a new version is ready; `reload` switches to it. */
export function offerUpdate(reload: () => void): void {
  apply = reload;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The action that runs the waiting new version, or null while there is none. */
export function useAppUpdate(): (() => void) | null {
  return useSyncExternalStore(
    subscribe,
    () => apply,
    () => null,
  );
}
