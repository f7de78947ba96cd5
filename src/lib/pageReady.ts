import { useEffect } from 'react';

// The server may send a first paint of the page (an inert preview); the app draws the same page out
// of sight and takes its place once the page's content is drawn. Pages say so with usePageReady.

let ready = false;
let onReady: (() => void) | null = null;

/** Runs `callback` once, when the first page has drawn its content. */
export function whenPageReady(callback: () => void): void {
  if (ready) callback();
  else onReady = callback;
}

/** Marks the first page as drawn (later calls do nothing). */
export function markPageReady(): void {
  if (ready) return;
  ready = true;
  onReady?.();
  onReady = null;
}

/** A page component's signal that its content (or its error, or its empty state) is drawn. */
export function usePageReady(drawn = true): void {
  useEffect(() => {
    if (drawn) markPageReady();
  }, [drawn]);
}
