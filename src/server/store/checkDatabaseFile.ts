import Database from 'better-sqlite3';
import { accessSync, constants, mkdirSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations } from './migrations';

/** A database file the app must not use as it is: the message names the file and says what to do. */
export class DatabaseFileProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseFileProblem';
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';
/** The newest schema this code knows: a database with a higher `user_version` was written by a newer Newswire. */
export const SCHEMA_VERSION = Math.max(...migrations.map((m) => m.version));
// Tables every Newswire schema has had since migration 1: a SQLite file without them belongs to someone else.
const OWN_TABLES = ['meta', 'sections', 'articles'];

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

function checkFolder(file: string): void {
  const folder = dirname(file);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new DatabaseFileProblem(
      `The folder of the database ${file} does not exist and cannot be created (${codeOf(error) || String(error)}): create ${folder} or set DATABASE_PATH to a file in a folder you can write.`,
    );
  }
  try {
    // W_OK as well: WAL keeps its -wal and -shm files beside the database.
    accessSync(folder, constants.W_OK | constants.X_OK);
    if (!statSync(folder).isDirectory()) throw new Error('ENOTDIR');
  } catch {
    throw new DatabaseFileProblem(`The folder ${folder} of the database ${file} cannot be written: make it writable or set DATABASE_PATH to a file in a folder you can write.`);
  }
}

function readHeader(file: string): Buffer {
  const fd = openSync(file, constants.O_RDONLY);
  try {
    const header = Buffer.alloc(100);
    const length = readSync(fd, header, 0, 100, 0);
    return header.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function checkWritable(file: string, mode: number): void {
  let writable = true;
  try {
    accessSync(file, constants.W_OK);
  } catch {
    writable = false;
  }
  // root passes access(W_OK) whatever the mode says: a file nobody may write is read-only for us too.
  if (!writable || (mode & 0o222) === 0) {
    throw new DatabaseFileProblem(`The database ${file} is read-only: make it writable (chmod u+w) or set DATABASE_PATH to another file. It was not changed.`);
  }
}

// Opened read-only, so nothing of the file is migrated or rewritten before it is known to be ours.
function checkSchema(file: string): void {
  let db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = Number(db.pragma('user_version', { simple: true }));
    const names = new Set(
      db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table'")
        .all()
        .map((row) => row.name),
    );
    if (names.size === 0 && version === 0) return; // an empty database: the app creates its tables
    if (!OWN_TABLES.every((name) => names.has(name))) {
      throw new DatabaseFileProblem(
        `The database ${file} belongs to another application (it has no Newswire tables): set DATABASE_PATH to another file, or move this one away. It was not changed.`,
      );
    }
    if (version > SCHEMA_VERSION) {
      throw new DatabaseFileProblem(
        `The database ${file} was written by a newer Newswire (schema ${String(version)}; this version knows up to ${String(SCHEMA_VERSION)}): run the newer version, or restore a backup made by this one. It was not changed.`,
      );
    }
  } catch (error) {
    if (error instanceof DatabaseFileProblem) throw error;
    throw new DatabaseFileProblem(
      `The database ${file} cannot be read (${error instanceof Error ? error.message : String(error)}): it is damaged; restore a backup (README, "Backup and restore") or set DATABASE_PATH to another file. It was not changed.`,
    );
  } finally {
    db?.close();
  }
}

/**
 * Checks, before anything opens it for writing, that `file` can be the app's database: its folder
 * exists or can be made, and the file is missing, empty, or a writable SQLite database of a Newswire
 * schema this code knows. Throws DatabaseFileProblem (one sentence naming the file and what to do)
 * and never writes to the file.
 */
export function checkDatabaseFile(file: string): void {
  checkFolder(file);
  let info;
  try {
    info = statSync(file);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return; // a new database
    throw new DatabaseFileProblem(`The database ${file} cannot be opened (${codeOf(error)}): check its permissions or set DATABASE_PATH to another file.`);
  }
  if (!info.isFile()) throw new DatabaseFileProblem(`The database ${file} is not a file: set DATABASE_PATH to a file name.`);
  let header;
  try {
    header = readHeader(file);
  } catch (error) {
    throw new DatabaseFileProblem(`The database ${file} cannot be read (${codeOf(error)}): check its permissions or set DATABASE_PATH to another file.`);
  }
  if (header.length === 0) {
    checkWritable(file, info.mode);
    return; // SQLite treats an empty file as an empty database
  }
  if (header.length < SQLITE_HEADER.length || header.toString('latin1', 0, SQLITE_HEADER.length) !== SQLITE_HEADER) {
    throw new DatabaseFileProblem(
      `The database ${file} is not a SQLite database: set DATABASE_PATH to another file, or move this one away and start again to create a new one. It was not changed.`,
    );
  }
  checkWritable(file, info.mode);
  checkSchema(file);
}
