import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from './checkDatabaseFile';
import { openDatabase } from './openDatabase';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'newswire-badfile-'));
const clientDir = join(dir, 'client');
mkdirSync(clientDir);
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>x</title>');

// The real server (`npm start` without the build) on the given database file.
function startServer(databasePath: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATABASE_PATH: databasePath, CLIENT_DIR: clientDir, INGEST_SOURCES: '', RATES_REFRESH: 'off' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function fingerprint(file: string) {
  const info = statSync(file);
  return { sha: createHash('sha256').update(readFileSync(file)).digest('hex'), mtime: info.mtimeMs, size: info.size };
}

function newswireDatabase(name: string): string {
  const file = join(dir, name);
  const db = openDatabase(file);
  db.pragma('journal_mode = DELETE'); // no -wal beside it: the file alone is the database
  db.close();
  return file;
}

describe('a bad database file at start', () => {
  const cases: [string, () => string, RegExp][] = [
    [
      'random bytes',
      () => {
        const file = join(dir, 'random.db');
        writeFileSync(file, randomBytes(8192));
        return file;
      },
      /is not a SQLite database: set DATABASE_PATH to another file/,
    ],
    [
      'a damaged SQLite file',
      () => {
        const file = join(dir, 'damaged.db');
        const good = readFileSync(newswireDatabase('good-for-damage.db'));
        writeFileSync(file, Buffer.concat([good.subarray(0, 100), randomBytes(good.length - 100)]));
        return file;
      },
      /cannot be read \(.+\): it is damaged; restore a backup/,
    ],
    [
      "another application's SQLite database",
      () => {
        const file = join(dir, 'foreign.db');
        const db = new Database(file);
        db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (\'mine\');');
        db.pragma('user_version = 7');
        db.close();
        return file;
      },
      /belongs to another application \(it has no Newswire tables\)/,
    ],
    [
      'a database of a newer Newswire schema',
      () => {
        const file = newswireDatabase('newer.db');
        const db = new Database(file);
        db.pragma(`user_version = ${String(SCHEMA_VERSION + 1)}`);
        db.close();
        return file;
      },
      new RegExp(`was written by a newer Newswire \\(schema ${String(SCHEMA_VERSION + 1)}; this version knows up to ${String(SCHEMA_VERSION)}\\)`),
    ],
    [
      'a read-only file',
      () => {
        // As root, access(W_OK) says yes whatever the mode: the check reads the mode bits too.
        const file = newswireDatabase('readonly.db');
        chmodSync(file, 0o444);
        return file;
      },
      /is read-only: make it writable \(chmod u\+w\)/,
    ],
  ];

  for (const [name, make, message] of cases) {
    it(`refuses ${name} with one line naming the file, exits 1 and leaves the file as it was`, () => {
      const file = make();
      const before = fingerprint(file);
      const run = startServer(file);
      expect(run.status).toBe(1);
      expect(run.stderr.split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(file);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).not.toContain('running at');
      expect(fingerprint(file)).toEqual(before);
      expect(existsSync(`${file}-wal`)).toBe(false);
    }, 60_000);
  }

  it('refuses a folder that cannot be created, saying which', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const file = join(blocker, 'data', 'newswire.db');
    const run = startServer(file);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`The folder of the database ${file} does not exist and cannot be created (ENOTDIR)`);
    expect(readFileSync(blocker, 'utf8')).toBe('not a folder');
  }, 60_000);

  it('starts on a missing file and on an empty one', () => {
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    for (const file of [join(dir, 'fresh', 'new.db'), empty]) {
      const db = openDatabase(file);
      expect(Number(db.pragma('user_version', { simple: true }))).toBe(SCHEMA_VERSION);
      db.close();
    }
  });
});
