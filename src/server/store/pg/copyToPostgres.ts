import type { Db } from '../openDatabase';
import type { PgDb } from './openPgDatabase';

/** How many rows each table has on both sides after a copy. */
export type CopyCounts = Record<string, number>;

// SQLite's tables that are not data: its own, and FTS5's (PostgreSQL computes its search column itself).
const NOT_DATA = /^(sqlite_|articles_fts)/;
// Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table.
const BATCH = 500;
// Tables with ids the app makes: the identity goes on after the copied ones.
const IDENTITIES = ['articles', 'galleries', 'infographics', 'feed_polls'];

function columnsOf(db: Db, table: string): string[] {
  return db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?) ORDER BY cid').all(table).map((c) => c.name);
}

/**
 * Copies every row of the SQLite database `from` into the empty PostgreSQL database `to`, in one
 * transaction, parents before children; then checks that every table has as many rows on both sides.
 * Nothing is written when the target is not empty, a table is missing there, or a count differs.
 */
export async function copyToPostgres(from: Db, to: PgDb, progress: (table: string, rows: number) => void = () => undefined): Promise<CopyCounts> {
  const tables = from
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid")
    .all()
    .map((t) => t.name)
    .filter((name) => !NOT_DATA.test(name));
  const targetColumns = new Map<string, Set<string>>();
  for (const row of await to.rows<{ table_name: string; column_name: string }>(
    "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_generated = 'NEVER'",
  )) {
    const set = targetColumns.get(row.table_name) ?? new Set<string>();
    set.add(row.column_name);
    targetColumns.set(row.table_name, set);
  }
  const missing = tables.filter((t) => !targetColumns.has(t));
  if (missing.length > 0) throw new Error(`The PostgreSQL database has no table ${missing.join(', ')}: it was made by an older Newswire; start the newer one on it once, then copy again.`);

  return to.transaction(async () => {
    const occupied = await to.row<{ n: number }>('SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM rates) + (SELECT count(*) FROM feed_polls) AS n');
    if ((occupied?.n ?? 0) > 0) throw new Error('The PostgreSQL database already holds articles, rates or polls: copy into an empty database (createdb) so that nothing is mixed or lost.');
    // Sections come with the schema; the source's are the same eight, kept as they are.
    await to.write('DELETE FROM sections');
    const counts: CopyCounts = {};
    for (const table of tables) {
      const target = targetColumns.get(table) ?? new Set<string>();
      const columns = columnsOf(from, table).filter((c) => target.has(c));
      const list = columns.map((c) => `"${c}"`).join(', ');
      const overriding = table === 'feed_polls' ? ' OVERRIDING SYSTEM VALUE' : '';
      let copied = 0;
      let batch: unknown[][] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const values = batch.map((_, r) => `(${columns.map((__, c) => `$${String(r * columns.length + c + 1)}`).join(', ')})`).join(', ');
        await to.write(`INSERT INTO ${table} (${list})${overriding} VALUES ${values}`, batch.flat());
        copied += batch.length;
        progress(table, copied);
        batch = [];
      };
      for (const row of from.prepare(`SELECT ${list} FROM "${table}"`).raw().iterate()) {
        if (!Array.isArray(row)) continue;
        batch.push(row);
        if (batch.length === BATCH) await flush();
      }
      await flush();
      counts[table] = copied;
    }
    for (const table of IDENTITIES) {
      await to.write(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce((SELECT max(id) FROM ${table}), 0) + 1, false)`);
    }
    for (const table of tables) {
      const source = from.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${table}"`).get()?.n ?? 0;
      const copied = (await to.row<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))?.n ?? 0;
      if (source !== copied || counts[table] !== source) throw new Error(`${table}: ${String(source)} rows in SQLite but ${String(copied)} in PostgreSQL; nothing was copied.`);
    }
    return counts;
  });
}
