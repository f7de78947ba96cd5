/** A run of snippet text, marked when it matched the search. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Splits a plain-text snippet into runs by its [start, end) highlight ranges, so that the matches
 * can be wrapped in <mark> elements by React (never by building HTML). Ranges out of bounds are
 * clipped, overlapping ones merged, empty ones dropped: any input gives text that reads back as
 * the snippet.
 *
 * Example: ("rate cut", [[0, 4]]) → [{ text: "rate", marked: true }, { text: " cut", marked: false }]
 */
export function highlightSegments(snippet: string, highlights: readonly (readonly [number, number])[]): Segment[] {
  const ranges = highlights
    .map(([start, end]) => [Math.max(0, Math.min(start, snippet.length)), Math.max(0, Math.min(end, snippet.length))] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    const last = segments.at(-1);
    if (from > at) segments.push({ text: snippet.slice(at, from), marked: false });
    else if (last?.marked === true) {
      last.text += snippet.slice(from, end); // touching ranges make one mark
      at = end;
      continue;
    }
    segments.push({ text: snippet.slice(from, end), marked: true });
    at = end;
  }
  if (at < snippet.length) segments.push({ text: snippet.slice(at), marked: false });
  return segments;
}
