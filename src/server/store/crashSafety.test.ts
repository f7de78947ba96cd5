import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigFeedXml } from '../../../test/bigFeedXml';
import { loadBundledRates } from '../rates/loadBundledRates';
import { parseCbrDaily } from '../rates/parseCbrDaily';
import { parseEcbRates } from '../rates/parseEcbRates';
import { createStore } from './createStore';
import { openDatabase } from './openDatabase';

// Processes killed with SIGKILL at random moments, and at the moment their transaction starts
// reaching the WAL (the commit), leave a database that passes integrity_check and holds all of
// what they were writing or none of it.

const ROOT = resolve(import.meta.dirname, '../../..');
const FX = resolve(ROOT, '../shared/corpora/fx-rates');
const dir = mkdtempSync(join(tmpdir(), 'newswire-crash-'));
const STORIES = 60;

interface Run {
  /** How the kill was timed. */
  when: string;
  code: number | null;
  signal: string | null;
}

function walSize(database: string): number {
  try {
    return statSync(`${database}-wal`).size;
  } catch {
    return 0;
  }
}

/**
 * Runs `script` on `database` and kills it with SIGKILL after `delayMs`, or (delayMs null) as soon as
 * its WAL grows, i.e. while its transaction is being written and committed.
 */
function runAndKill(script: string, args: string[], database: string, env: NodeJS.ProcessEnv, delayMs: number | null): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...process.env, ...env, DATABASE_PATH: database }, stdio: 'ignore' });
  const baseline = walSize(database);
  return new Promise((resolve) => {
    const kill = () => child.kill('SIGKILL');
    let watch: NodeJS.Timeout | undefined;
    if (delayMs === null) {
      watch = setInterval(() => {
        if (walSize(database) > baseline) kill();
      }, 1);
    } else {
      setTimeout(kill, delayMs);
    }
    const deadline = setTimeout(kill, 120_000);
    child.once('exit', (code, signal) => {
      clearInterval(watch);
      clearTimeout(deadline);
      resolve({ when: delayMs === null ? 'at the commit' : `after ${String(delayMs)} ms`, code, signal });
    });
  });
}

function fresh(base: string, name: string): string {
  const file = join(dir, name);
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  copyFileSync(base, file);
  return file;
}

// Opened for writing, as the app would: this is where SQLite recovers from a torn WAL.
function inspect<T>(database: string, read: (db: Database.Database) => T): { integrity: unknown; value: T } {
  const db = new Database(database);
  try {
    return { integrity: db.pragma('integrity_check', { simple: true }), value: read(db) };
  } finally {
    db.close();
  }
}

// 12 kills: six at random moments from start to end, six when the commit begins.
function killPlan(expectedMs: number): (number | null)[] {
  return [...Array.from({ length: 6 }, () => Math.round(200 + Math.random() * expectedMs)), null, null, null, null, null, null];
}

describe('SIGKILL during ingest', () => {
  let base = '';
  let feed = '';
  beforeAll(() => {
    base = join(dir, 'ingest-base.db');
    const db = openDatabase(base);
    db.pragma('journal_mode = DELETE'); // one file to copy; the ingest turns WAL on again
    db.close();
    feed = join(dir, 'big.xml');
    writeFileSync(feed, bigFeedXml(STORIES, { prefix: 'crash' }));
  });

  it('always leaves a sound database with all of the feed or none of it', async () => {
    // One run to completion: how long the whole thing takes here, and what "all" is.
    const whole = fresh(base, 'ingest-whole.db');
    const started = Date.now();
    const complete = await runAndKill('src/server/ingest/ingestCli.ts', [feed], whole, {}, 600_000);
    const tookMs = Date.now() - started;
    expect(complete.code).toBe(0);
    const count = (db: Database.Database) => db.prepare<[], { n: number }>("SELECT count(*) AS n FROM articles WHERE guid LIKE 'urn:crash:%'").get()?.n ?? -1;
    expect(inspect(whole, count).value).toBe(STORIES);

    const outcomes: string[] = [];
    for (const [i, delay] of killPlan(tookMs).entries()) {
      const database = fresh(base, `ingest-${String(i)}.db`);
      const run = await runAndKill('src/server/ingest/ingestCli.ts', [feed], database, {}, delay);
      const { integrity, value } = inspect(database, count);
      outcomes.push(`${run.when}: ${String(run.signal ?? run.code)}, ${String(value)} stories`);
      expect(integrity, run.when).toBe('ok');
      expect([0, STORIES], run.when).toContain(value);
    }
    // Most kills at the commit must have struck while the process ran (on a busy machine one may come
    // after it ended, which proves nothing either way).
    expect(outcomes.filter((o) => o.startsWith('at the commit: SIGKILL')).length, outcomes.join('\n')).toBeGreaterThanOrEqual(3);
  }, 600_000);
});

describe('SIGKILL during rates:update', () => {
  let base = '';
  let server: Server;
  let origin = '';
  const documents = {
    '/ecb-90d.xml': 'ecb-eurofxref-hist-90d-sample.xml',
    '/ecb-daily.xml': 'ecb-eurofxref-daily-2026-07-06.xml',
    '/cbr.xml': 'cbr-xml-daily-2024-10-18.cp1251.xml',
  };

  beforeAll(async () => {
    base = join(dir, 'rates-base.db');
    const db = openDatabase(base);
    await loadBundledRates(createStore(db).rates, Date.now()); // so the run only writes what it fetches
    db.pragma('journal_mode = DELETE');
    db.close();
    server = createServer((req, res) => {
      const file = Object.entries(documents).find(([path]) => path === req.url)?.[1];
      if (file === undefined) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/xml' }).end(readFileSync(join(FX, file)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('always leaves a sound database with whole days of rates', async () => {
    const env = { INGEST_ALLOW_PRIVATE: '1', RATES_ECB_90D_URL: `${origin}/ecb-90d.xml`, RATES_ECB_DAILY_URL: `${origin}/ecb-daily.xml`, RATES_CBR_URL: `${origin}/cbr.xml` };
    // The number of currencies of every day a run may write (or that was there before it).
    const expected = new Map<string, Set<number>>();
    const add = (key: string, n: number) => expected.set(key, (expected.get(key) ?? new Set()).add(n));
    const now = Date.now();
    for (const day of parseEcbRates(readFileSync(join(FX, documents['/ecb-90d.xml'])), now)) add(`ecb ${day.date}`, day.rates.length);
    for (const day of parseEcbRates(readFileSync(join(FX, documents['/ecb-daily.xml'])), now)) add(`ecb ${day.date}`, day.rates.length);
    const cbr = parseCbrDaily(readFileSync(join(FX, documents['/cbr.xml'])), now);
    add(`cbr ${cbr.date}`, cbr.rates.length);
    const days = (db: Database.Database) => db.prepare<[], { key: string; n: number }>("SELECT source || ' ' || date AS key, count(*) AS n FROM rates GROUP BY source, date").all();
    for (const { key, n } of inspect(base, days).value) add(key, n);

    const whole = fresh(base, 'rates-whole.db');
    const started = Date.now();
    expect((await runAndKill('src/server/rates/updateRatesCli.ts', [], whole, env, 600_000)).code).toBe(0);
    const tookMs = Date.now() - started;
    expect(inspect(whole, days).value.map((d) => d.key)).toContain(`cbr ${cbr.date}`);

    for (const [i, delay] of killPlan(tookMs).entries()) {
      const database = fresh(base, `rates-${String(i)}.db`);
      const run = await runAndKill('src/server/rates/updateRatesCli.ts', [], database, env, delay);
      const { integrity, value } = inspect(database, days);
      expect(integrity, run.when).toBe('ok');
      for (const { key, n } of value) expect([...(expected.get(key) ?? [])], `${run.when}: ${key}`).toContain(n);
    }
  }, 600_000);
});
