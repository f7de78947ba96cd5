import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { checkDatabaseFile } from './checkDatabaseFile';

/** What a backup made. */
export interface BackupReport {
  pages: number;
  bytes: number;
}

/**
 * An online copy of the database `source` into the new file `target`, with SQLite's backup API
 * while the server reads and writes it: all pages in one step, under one read transaction (WAL lets
 * writers go on), so the copy is one consistent moment of the database. The copy is written beside
 * `target` and renamed into place only once it passes `integrity_check`. Refuses an existing target.
 */
export async function backupDatabase(source: string, target: string): Promise<BackupReport> {
  if (existsSync(target)) throw new Error(`${target} already exists: name a new file (a backup never overwrites one).`);
  checkDatabaseFile(source);
  if (!existsSync(source)) throw new Error(`There is no database at ${source} (set DATABASE_PATH).`);
  const partial = `${target}.partial-${String(process.pid)}`;
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // The first step only sizes the copy; then everything in one, so no commit of another connection
    // can restart it halfway.
    const progress = await db.backup(partial, { progress: () => 0x7fffffff });
    const copy = new Database(partial);
    let integrity;
    try {
      integrity = copy.pragma('integrity_check', { simple: true });
      copy.pragma('journal_mode = DELETE'); // one self-contained file, no -wal beside it
    } finally {
      copy.close();
    }
    if (integrity !== 'ok') throw new Error(`the copy failed integrity_check (${String(integrity)})`);
    renameSync(partial, target);
    return { pages: progress.totalPages, bytes: statSync(target).size };
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(partial + suffix, { force: true });
    throw error;
  } finally {
    db.close();
  }
}
