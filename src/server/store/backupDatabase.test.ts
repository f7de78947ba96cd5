import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bigFeedXml } from '../../../test/bigFeedXml';
import { freePort, startServer } from '../../../test/e2e/server';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'newswire-backup-'));
const clientDir = join(dir, 'client');
mkdirSync(clientDir);
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>x</title>');

function cli(script: string, args: string[], database: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: database }, stdio: ['ignore', 'pipe', 'pipe'] });
}

function finished(child: ChildProcess): Promise<{ code: number | null; output: string }> {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

async function health(port: number): Promise<{ status: string; articles: number }> {
  const res = await fetch(`http://127.0.0.1:${String(port)}/api/health`);
  const body: unknown = await res.json();
  if (typeof body !== 'object' || body === null || !('articles' in body) || typeof body.articles !== 'number') throw new Error('unexpected health answer');
  return { status: 'status' in body ? String(body.status) : '', articles: body.articles };
}

describe('npm run backup', () => {
  it('copies the database while the server runs and feeds are ingested; the copy is whole and starts the app', async () => {
    const database = join(dir, 'live.db');
    const port = await freePort();
    const server = await startServer({ port, databasePath: database, clientDir });
    try {
      const feeds = [0, 1, 2].map((n) => {
        const file = join(dir, `feed-${String(n)}.xml`);
        writeFileSync(file, bigFeedXml(150, { prefix: `backup${String(n)}` }));
        return file;
      });
      // Ingests write while the backup reads, and the server answers throughout.
      const ingest = finished(cli('src/server/ingest/ingestCli.ts', feeds, database));
      await new Promise((r) => setTimeout(r, 1_500));
      const copy = join(dir, 'copy.db');
      const backup = await finished(cli('src/server/store/backupCli.ts', [copy], database));
      expect(backup.output).toMatch(/Backed up .*live\.db to .*copy\.db: \d+ pages, [\d.]+ MiB, integrity ok/);
      expect(backup.code).toBe(0);
      expect((await health(port)).status).toBe('ok');
      expect((await ingest).code).toBe(0);

      const db = new Database(copy, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const feedCounts = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM articles WHERE guid LIKE 'urn:backup%' GROUP BY substr(guid, 1, 11)").all();
      db.close();
      // Each feed is one transaction: the copy holds whole feeds only.
      for (const { n } of feedCounts) expect(n).toBe(150);
      expect(existsSync(`${copy}-wal`)).toBe(false);

      const again = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/store/backupCli.ts', copy], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: database }, encoding: 'utf8' });
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('already exists: name a new file');

      const restoredPort = await freePort();
      const restored = await startServer({ port: restoredPort, databasePath: copy, clientDir });
      try {
        expect((await health(restoredPort)).articles).toBeGreaterThan(0);
      } finally {
        restored.kill('SIGTERM');
      }
    } finally {
      server.kill('SIGTERM');
    }
  }, 180_000);
});
