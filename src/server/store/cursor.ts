// Opaque paging cursors: base64url of "a~b", where (a, b) is the keyset position of the last
// item served — (publishedAt ms, id) for time-ordered lists, (bm25 score, id) for search.

/** A keyset position: a sort key and the id that breaks ties. */
export interface Cursor {
  key: number;
  id: number;
}

/** Encodes a keyset position as an opaque string. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${String(cursor.key)}~${String(cursor.id)}`, 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor; null for anything else. */
export function decodeCursor(text: string): Cursor | null {
  if (text.length === 0 || text.length > 120 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const match = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)~(\d{1,16})$/i.exec(Buffer.from(text, 'base64url').toString('utf8'));
  if (match === null) return null;
  const key = Number(match[1]);
  const id = Number(match[2]);
  if (!Number.isFinite(key) || !Number.isSafeInteger(id) || id < 1) return null;
  return { key, id };
}
