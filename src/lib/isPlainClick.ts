import type { MouseEvent } from 'react';

/**
 * A click the app handles itself: the main button with no key held that asks for a new tab or window.
 * Links stay real links (they work before the script and without it); the app takes plain clicks.
 */
export function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}
