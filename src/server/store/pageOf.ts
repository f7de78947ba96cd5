import { encodeCursor } from './cursor';

/** A page of a time-ordered list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A page of `limit` rows (one more was fetched to know whether a next page exists), with its cursor. */
export function pageOf<R extends { id: number }, T>(rows: R[], limit: number, toItem: (row: R) => T, keyOf: (row: R) => number): Page<T> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown.at(-1);
  return {
    items: shown.map(toItem),
    nextCursor: more && last !== undefined ? encodeCursor({ key: keyOf(last), id: last.id }) : null,
  };
}
