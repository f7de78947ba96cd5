import { SUMMARY_FIELDS, tagColumns } from '../articleRows';
import type { Cursor } from '../cursor';
import type { PgDb } from './openPgDatabase';

/** SUMMARY_COLUMNS of the articles table aliased `a` (for joins). */
export const SUMMARY_OF_A = `${SUMMARY_FIELDS.split(',').map((c) => `a.${c.trim()}`).join(', ')}, ${tagColumns('a.id')}`;

const MAX_KEY = Number.MAX_SAFE_INTEGER;

/** The keyset position (key, id) to list after: from the top when there is no cursor. */
export function keysetAfter(cursor: Cursor | null): [number, number] {
  return cursor === null ? [MAX_KEY, MAX_KEY] : [cursor.key, cursor.id];
}

/** Moves `table`'s identity past its highest id: rows inserted with given ids (the seed) leave it behind. */
export function bumpIdentity(db: PgDb, table: 'articles' | 'galleries' | 'infographics'): Promise<number> {
  return db.write(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
}
