import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../../../test/testStore';
import { seedDemo } from '../../seed/seedDemo';
import { openBackend } from '../openBackend';
import { backupPostgres, pgTool } from './backupPostgres';

const dir = mkdtempSync(join(tmpdir(), 'newswire-pg-backup-'));
const databases: string[] = [];

// Whole databases (pg_dump copies a database): made here and dropped after.
async function createDatabase(): Promise<string> {
  const name = `nw_backup_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  databases.push(name);
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

describe('npm run backup with DATABASE_URL (backupPostgres)', () => {
  it('dumps the database while it is in use; the dump restores into a database the app starts on', async () => {
    const url = await createDatabase();
    const live = await openBackend({ kind: 'postgres', url }, { poolSize: 3 });
    await seedDemo(live.store, Date.now());
    const articles = await live.store.countArticles();
    const target = join(dir, 'live.dump');
    // Writes go on during the dump; the dump is one snapshot.
    const writing = live.store.setMeta('during', 'backup');
    const report = backupPostgres(url, target);
    await writing;
    expect(report.bytes).toBeGreaterThan(10_000);
    expect(report.entries).toBeGreaterThan(50);
    expect(() => backupPostgres(url, target)).toThrow(/exists already/);
    await live.close();

    const restoredUrl = await createDatabase();
    const restore = spawnSync(pgTool('pg_restore') ?? 'pg_restore', ['--no-owner', `--dbname=${restoredUrl}`, target], { encoding: 'utf8' });
    expect(restore.status, restore.stderr).toBe(0);
    const restored = await openBackend({ kind: 'postgres', url: restoredUrl }, { poolSize: 2 });
    expect(await restored.store.countArticles()).toBe(articles);
    expect((await restored.store.search('Moscow', { sections: null, from: null, to: null }, 5, null)).total).toBeGreaterThan(0);
    await restored.close();
  });

  it('refuses an unreachable database with pg_dump’s reason and leaves no file', () => {
    const target = join(dir, 'nothing.dump');
    expect(() => backupPostgres('postgres://postgres@127.0.0.1:1/none', target)).toThrow(/pg_dump failed: .*(refused|failed)/);
    expect(existsSync(`${target}.partial`)).toBe(false);
  });
});
