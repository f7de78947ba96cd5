import { useEffect, useState } from 'react';

// The server may send a first paint of the page (an inert preview); the app draws the same page out
// of sight and takes its place once every part of the page that the preview shows has drawn its
// content (or its error, or its empty state). Those parts say so with usePageReady.

let ready = false;
let onReady: (() => void) | null = null;
let registered = false;
const waiting = new Set<object>();

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

// After all the effects of a render have run: ready when no part that said anything still waits.
function check(): void {
  if (registered && waiting.size === 0) markPageReady();
}

/** A part of the page (the feed, top stories, an article) saying whether its content is drawn yet. */
export function usePageReady(drawn = true): void {
  const [part] = useState(() => ({}));
  useEffect(() => {
    if (ready) return;
    registered = true;
    if (drawn) waiting.delete(part);
    else waiting.add(part);
    queueMicrotask(check);
  }, [drawn, part]);
  useEffect(
    () => () => {
      waiting.delete(part);
      queueMicrotask(check);
    },
    [part],
  );
}
