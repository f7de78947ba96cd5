import type { SearchHit } from '../../contract/discoverySchemas';

// Snippet markers: private-use characters, stripped from all stored text so they cannot be forged.
/** Opens a highlighted range in a marked snippet (both stores' snippet functions write it). */
export const MARK_START = '\uE000';
/** Closes a highlighted range in a marked snippet. */
export const MARK_END = '\uE001';
/** The markers, to strip from every text the store takes. */
export const MARKERS = /[\uE000\uE001]/g;

/** Splits snippet text with markers into plain text and [start, end) highlight ranges. */
export function parseSnippet(marked: string): Pick<SearchHit, 'snippet' | 'highlights'> {
  let snippet = '';
  const highlights: [number, number][] = [];
  let start = -1;
  for (const ch of marked) {
    if (ch === MARK_START) start = snippet.length;
    else if (ch === MARK_END) {
      if (start >= 0 && snippet.length > start) highlights.push([start, snippet.length]);
      start = -1;
    } else snippet += ch;
  }
  return { snippet: snippet.replace(/\s+/g, ' '), highlights };
}
