// A reader's stored choice changed (display, city, feed filter): for whoever mirrors them elsewhere
// (the reader cookie, src/lib/readerCookie.ts), without the stores knowing about it.

const listeners = new Set<() => void>();

/** Called by a store after it saved a reader's choice. */
export function notifyChoicesChanged(): void {
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` after every saved choice; returns the unsubscribe function. */
export function onChoicesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
