import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore } from '../store/createStore';
import { openDatabase } from '../store/openDatabase';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'newswire-cli-'));

function run(args: string[], db: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/ingest/ingestCli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: db, INGEST_ALLOW_PRIVATE: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ingest', () => {
  it('ingests files into DATABASE_PATH, one line per feed, and exits 1 when a feed failed', async () => {
    const feed = join(dir, 'feed.xml');
    writeFileSync(feed, '<rss version="2.0"><channel><title>CLI</title><item><guid>urn:cli:1</guid><title>From the command line</title></item></channel></rss>');
    const db = join(dir, 'cli.db');
    const first = run([feed, join(dir, 'missing.xml'), 'http://127.0.0.1:9/feed', '--section', 'economy'], db);
    expect(first.stdout).toContain(`ok     ${feed}: 1 new, 0 updated, 0 unchanged (rss, utf-8)`);
    expect(first.stderr).toContain(`failed ${join(dir, 'missing.xml')}: no such file`);
    expect(first.stderr).toContain('failed http://127.0.0.1:9/feed: 127.0.0.1 is a loopback address, which feeds may not use');
    expect(first.stdout).toContain(`1 of 3 feeds ingested into ${db}.`);
    expect(first.status).toBe(1);

    const again = run([feed, '--section', 'economy'], db);
    expect(again.stdout).toContain(`ok     ${feed}: 0 new, 0 updated, 1 unchanged`);
    expect(again.status).toBe(0);
    const database = openDatabase(db);
    expect((await createStore(database).feed(null, 5, null)).items.map((a) => [a.title, a.section])).toEqual([['From the command line', 'economy']]);
    database.close();
  }, 120_000);

  it('refuses an unknown section and an empty command with a usage line', () => {
    const db = join(dir, 'unused.db');
    const badSection = run(['x.xml', '--section', 'gossip'], db);
    expect(badSection.status).toBe(2);
    expect(badSection.stderr).toMatch(/--section must be one of politics, .*, not "gossip"/);
    const nothing = run([], db);
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toMatch(/Nothing to ingest.*\nUsage: npm run ingest/);
  }, 120_000);
});
