/**
 * The words of a reader's search text, as both stores search them: NFKC, control characters and
 * snippet markers dropped, split on whitespace, only words with a letter or digit, at most 32.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/[\p{Cc}\uE000\uE001]/gu, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .slice(0, 32);
}

/**
 * Turns a reader's search text into an FTS5 query that cannot be a syntax error: each
 * whitespace-separated word becomes a quoted phrase (quotes doubled), all must match, and the
 * last word also matches as a prefix ("centr" finds "central"). Null when nothing is searchable.
 *
 * Example: `oil "price` → `"oil" """price"*`
 */
export function toFtsQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w.replaceAll('"', '""')}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
