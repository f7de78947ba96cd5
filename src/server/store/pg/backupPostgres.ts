import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a PostgreSQL backup wrote. */
export interface PgBackupReport {
  bytes: number;
  /** Objects pg_restore lists in the archive (tables, indexes, data…): it could be read back. */
  entries: number;
}

/** pg_dump or pg_restore on PATH, else the newest in Debian's /usr/lib/postgresql/<version>/bin. */
export function pgTool(name: 'pg_dump' | 'pg_restore'): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir !== '' && existsSync(join(dir, name))) return join(dir, name);
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(root, v, 'bin', name))) return join(root, v, 'bin', name);
  return null;
}

/**
 * A consistent online backup of the PostgreSQL database at `url` into `target` with pg_dump (one
 * snapshot while the servers go on writing), in its custom format, checked by listing it with
 * pg_restore. Written beside the target first, so a failed backup leaves no file; never overwrites.
 */
export function backupPostgres(url: string, target: string): PgBackupReport {
  if (existsSync(target)) throw new Error(`${target} exists already: choose a new file name (a backup never overwrites).`);
  const dump = pgTool('pg_dump');
  const restore = pgTool('pg_restore');
  if (dump === null || restore === null) throw new Error('pg_dump is not installed: install PostgreSQL\'s client tools (Debian: apt-get install postgresql-client).');
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const dumped = spawnSync(dump, ['--format=custom', '--no-owner', `--file=${partial}`, `--dbname=${url}`], { encoding: 'utf8' });
  if (dumped.status !== 0) {
    rmSync(partial, { force: true });
    throw new Error(`pg_dump failed: ${(dumped.stderr || dumped.error?.message || '').trim().split('\n')[0] ?? ''}`);
  }
  const listed = spawnSync(restore, ['--list', partial], { encoding: 'utf8' });
  if (listed.status !== 0) {
    rmSync(partial, { force: true });
    throw new Error(`the dump cannot be read back: ${listed.stderr.trim().split('\n')[0] ?? ''}`);
  }
  renameSync(partial, target);
  return { bytes: statSync(target).size, entries: listed.stdout.split('\n').filter((line) => line !== '' && !line.startsWith(';')).length };
}
