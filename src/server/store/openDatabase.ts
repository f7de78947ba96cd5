import Database from 'better-sqlite3';
import { SECTIONS } from '../../contract/sections';
import { checkDatabaseFile } from './checkDatabaseFile';
import { migrations } from './migrations';

/** A better-sqlite3 connection. */
export type Db = Database.Database;

/**
 * Opens (creating if needed) the SQLite database at `file` (or ':memory:'), sets WAL and
 * foreign keys, and applies pending migrations, each in its own transaction. A file that cannot be
 * the app's database is refused untouched (DatabaseFileProblem, see checkDatabaseFile).
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') checkDatabaseFile(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/** Applies every migration newer than the database's `user_version`. */
export function migrate(db: Db): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      if (migration.version === 1) insertSections(db);
      // PRAGMA cannot take a bound parameter; the version is a number from our own table.
      db.pragma(`user_version = ${String(Math.trunc(migration.version))}`);
    })();
  }
}

function insertSections(db: Db): void {
  const insert = db.prepare('INSERT INTO sections (slug, title, position) VALUES (?, ?, ?)');
  SECTIONS.forEach((s, i) => insert.run(s.slug, s.title, i));
}
