// `npm run bench:api`: the API under load on a 100,000-article archive. Seeds the archive (once: the
// file is kept in data/ and reused while the generator, schema and sanitizer are unchanged), starts
// the real server (`src/server/main.ts`) and a bare node:http server answering the same
// pre-serialised feed page, then runs autocannon on loopback (10 s, 50 connections each) against
// the bare server, the feed, articles, a section feed and search, and prints req/s, p50 and p99.
// `--store postgres` runs the same on PostgreSQL too (the archive copied by db:copy into a schema of
// BENCH_DATABASE_URL, else TEST_DATABASE_URL), in the same run, and prints both side by side.
import autocannon, { type Result } from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createStore } from '../src/server/store/createStore';
import { openDatabase } from '../src/server/store/openDatabase';
import { copyToPostgres } from '../src/server/store/pg/copyToPostgres';
import { openPgDatabase } from '../src/server/store/pg/openPgDatabase';
import { seedSynthetic } from '../src/server/seed/seedSynthetic';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: '3311' },
    store: { type: 'string', default: 'sqlite' },
  },
});
if (values.store !== 'sqlite' && values.store !== 'postgres') {
  console.error('--store must be sqlite (the default) or postgres (SQLite and PostgreSQL, side by side).');
  process.exit(1);
}
const PG_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? '';
if (values.store === 'postgres' && PG_URL === '') {
  console.error('--store postgres needs BENCH_DATABASE_URL (or TEST_DATABASE_URL): a PostgreSQL database where the bench may create the schema bench_api.');
  process.exit(1);
}
const ARTICLES = Number(values.articles);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const PORT = Number(values.port);
for (const [name, n, max] of [['articles', ARTICLES, 5_000_000], ['duration', DURATION, 120], ['connections', CONNECTIONS, 1000], ['port', PORT, 65_534]] as const) {
  if (!Number.isInteger(n) || n < 1 || n > max) {
    console.error(`--${name} must be a whole number from 1 to ${String(max)}.`);
    process.exit(1);
  }
}

// What the seeded file depends on: when any of these change, the archive is seeded again.
const SOURCES = [
  'src/server/seed/syntheticArticles.ts',
  'src/server/seed/seedSynthetic.ts',
  'src/server/seed/demoImages.ts',
  'src/server/store/migrations.ts',
  'src/server/store/createStore.ts',
  'src/server/html/articleHtml.ts',
  'src/contract/articleHtml.ts',
];
const database = resolve(`data/bench-api-${String(ARTICLES)}.db`);
const children: ChildProcess[] = [];

function fingerprint(): string {
  const hash = createHash('sha1').update(String(ARTICLES));
  for (const file of SOURCES) hash.update(readFileSync(file));
  return hash.digest('hex');
}

function removeDb(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

async function archive(): Promise<void> {
  const wanted = fingerprint();
  if (existsSync(database)) {
    const db = openDatabase(database);
    const found = await createStore(db).getMeta('bench_fingerprint');
    db.close();
    if (found === wanted) {
      console.log(`Reusing ${database} (${String(ARTICLES)} articles, same generator and schema).`);
      return;
    }
  }
  const partial = `${database}.partial`;
  removeDb(partial);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const db = openDatabase(partial);
  const store = createStore(db);
  await seedSynthetic(store, ARTICLES, Date.now(), (done) => process.stdout.write(`\rSeeding ${String(done)} / ${String(ARTICLES)} articles…`));
  await store.setMeta('bench_fingerprint', wanted);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
  removeDb(database);
  renameSync(partial, database);
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nSeeded in ${seconds.toFixed(1)} s (${((seconds * 1000) / ARTICLES).toFixed(2)} ms per article; CPU ${((used.user + used.system) / 1000 / ARTICLES).toFixed(2)} ms per article).`);
}

function start(args: string[], env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((ok, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('running at')) ok();
    });
    child.once('exit', (code) => fail(new Error(`${args.join(' ')} exited with ${String(code)}`)));
  });
}

function stopAll(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}

/** Stops this suite's servers and waits until their ports are free for the next one. */
async function stopAndWait(): Promise<void> {
  const running = children.splice(0).filter((child) => child.exitCode === null && child.signalCode === null);
  const exits = running.map((child) => new Promise((done) => child.once('exit', done)));
  for (const child of running) child.kill('SIGTERM');
  await Promise.all(exits);
}

async function timed(url: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url} answered ${String(res.status)}`);
  return performance.now() - t;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Latency of answers not in the response cache yet: each URL requested once, one at a time. */
async function cold(label: string, urls: string[]): Promise<void> {
  const times: number[] = [];
  for (const url of urls) times.push(await timed(url));
  times.sort((a, b) => a - b);
  const row = `p50 ${percentile(times, 50).toFixed(2)} / p95 ${percentile(times, 95).toFixed(2)} / max ${(times.at(-1) ?? NaN).toFixed(2)} ms`;
  summary.push({ label: `first: ${label}`, value: row, p95: percentile(times, 95) });
  console.log(`  ${label.padEnd(34)} ${String(urls.length).padStart(4)} requests   p50 ${percentile(times, 50).toFixed(2).padStart(6)} ms   p99 ${percentile(times, 99).toFixed(2).padStart(6)} ms   max ${(times.at(-1) ?? NaN).toFixed(2).padStart(6)} ms`);
}

function rotating(paths: string[]) {
  let i = 0;
  return [{ setupRequest: (request: { path: string }) => ({ ...request, path: paths[i++ % paths.length] ?? '/' }) }];
}

async function load(label: string, url: string, paths: string[]): Promise<Result> {
  // Each target is first warmed for 3 s with the same requests (not reported): the figures are the
  // steady state, the first answers are measured above.
  await autocannon({ url, connections: CONNECTIONS, duration: 3, requests: rotating(paths) });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, requests: rotating(paths) });
  const problems = result.errors + result.timeouts + result.non2xx;
  summary.push({ label, value: `${result.requests.average.toFixed(0)} req/s, p50 ${String(result.latency.p50)} / p99 ${String(result.latency.p99)} ms${problems > 0 ? `, ${String(problems)} errors` : ''}`, p95: result.latency.p99 });
  console.log(
    `  ${label.padEnd(34)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(result.latency.p50).padStart(3)} ms   p99 ${String(result.latency.p99).padStart(3)} ms${problems > 0 ? `   ${String(problems)} errors/non-2xx` : ''}`,
  );
  return result;
}

interface Line {
  label: string;
  value: string;
  p95: number;
}
let summary: Line[] = [];

/** The archive in PostgreSQL: the SQLite file copied into the schema bench_api (again when it changed). */
async function pgArchive(): Promise<string> {
  const wanted = fingerprint();
  const schemaUrl = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent('-c search_path=bench_api')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    const exists = (await admin.query("SELECT 1 FROM information_schema.tables WHERE table_schema = 'bench_api' AND table_name = 'meta'")).rowCount === 1;
    const found = exists ? (await admin.query<{ value: string }>("SELECT value FROM bench_api.meta WHERE key = 'bench_fingerprint'")).rows[0]?.value : undefined;
    if (found === wanted) {
      console.log('Reusing the PostgreSQL schema bench_api (same archive).');
      return schemaUrl;
    }
    await admin.query('DROP SCHEMA IF EXISTS bench_api CASCADE');
    await admin.query('CREATE SCHEMA bench_api');
  } finally {
    await admin.end();
  }
  const started = performance.now();
  const source = openDatabase(database);
  const target = await openPgDatabase(schemaUrl, { max: 2 });
  try {
    await copyToPostgres(source, target, (table, rows) => process.stdout.write(`\rCopying to PostgreSQL: ${table} ${String(rows)}`.padEnd(70)));
    await target.rows('ANALYZE');
  } finally {
    source.close();
    await target.close();
  }
  console.log(`\nCopied in ${((performance.now() - started) / 1000).toFixed(1)} s (npm run db:copy's code).`);
  return schemaUrl;
}

async function suite(engine: 'SQLite' | 'PostgreSQL', databaseUrl: string): Promise<Line[]> {
  summary = [];
  const base = `http://127.0.0.1:${String(PORT)}`;
  const bare = `http://127.0.0.1:${String(PORT + 1)}`;
  await start(['--import', 'tsx', 'src/server/main.ts'], { PORT: String(PORT), DATABASE_PATH: database, DATABASE_URL: databaseUrl });

  const db = openDatabase(database);
  const ids = db.prepare<[], { id: number }>('SELECT id FROM articles ORDER BY random() LIMIT 2000').all().map((r) => r.id);
  const topics = db.prepare<[], { slug: string }>('SELECT slug FROM topics ORDER BY slug LIMIT 60').all().map((r) => r.slug);
  const persons = db.prepare<[], { slug: string }>('SELECT slug FROM persons ORDER BY slug LIMIT 60').all().map((r) => r.slug);
  db.close();
  const sections = ['politics', 'world', 'economy', 'defense', 'science', 'society', 'sports', 'pressreview'];
  const words = ['harbour expansion', 'satellite', 'central bank', 'arctic route', 'winter schedule', 'budget', 'grain exporters', 'security talks', 'energy', 'ticket prices', 'museum', 'hockey', 'research programme', 'pipeline', 'trade agreement', 'launch', 'observatory', 'export quotas', 'railway', 'theatre'];
  const searches = words.map((w) => `/api/search?q=${encodeURIComponent(w)}`);

  const feedRes = await fetch(`${base}/api/feed`);
  const feedBody = await feedRes.text();
  const bodyFile = join(mkdtempSync(join(tmpdir(), 'newswire-bench-api-')), 'feed.json');
  writeFileSync(bodyFile, feedBody);
  await start(['--import', 'tsx', 'scripts/bench/bareServer.ts'], { PORT: String(PORT + 1), BARE_BODY_FILE: bodyFile, BARE_ETAG: feedRes.headers.get('ETag') ?? '' });

  console.log(`\n${engine}: first answers (not yet in the response cache), ${String(ARTICLES)} articles:`);
  const deep: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 60; i++) {
    const page = (await (await fetch(`${base}/api/feed?sections=economy${cursor === null ? '' : `&cursor=${cursor}`}`)).json()) as { nextCursor: string | null };
    cursor = page.nextCursor;
    if (cursor === null) break;
    deep.push(`${base}/api/feed?cursor=${cursor}`);
  }
  await cold('feed pages 2-61 (cursor)', deep);
  await cold('section feed, each section', sections.map((s) => `${base}/api/feed?sections=${s}&limit=20`));
  await cold('section feed, two sections', sections.map((s, i) => `${base}/api/feed?sections=${s},${sections[(i + 3) % 8] ?? 'world'}`));
  await cold('article', ids.slice(0, 300).map((id) => `${base}/api/articles/${String(id)}`));
  await cold('search', searches.map((p) => base + p));
  await cold('search with section and dates', words.map((w) => `${base}/api/search?q=${encodeURIComponent(w)}&sections=economy,world&from=2020-01-01`));
  await cold('topic page', topics.map((s) => `${base}/api/topics/${s}`));
  await cold('person page', persons.map((s) => `${base}/api/persons/${s}`));
  await cold('topics index / persons index', [`${base}/api/topics`, `${base}/api/persons`]);

  console.log(`\n${engine}: under load: autocannon, ${String(CONNECTIONS)} connections, ${String(DURATION)} s each, loopback:`);
  // The machine is shared: the bare server and the feed take turns, twice, and are compared on the means.
  const bareRuns = [await load('bare node:http, same feed bytes', bare, ['/'])];
  const feedRuns = [await load('GET /api/feed', base, ['/api/feed'])];
  bareRuns.push(await load('bare node:http, same feed bytes', bare, ['/']));
  feedRuns.push(await load('GET /api/feed', base, ['/api/feed']));
  const article = await load('GET /api/articles/{id} (2,000 ids)', base, ids.map((id) => `/api/articles/${String(id)}`));
  const section = await load('GET /api/feed?sections= (8 sections)', base, sections.map((s) => `/api/feed?sections=${s}`));
  const search = await load('GET /api/search?q= (20 queries)', base, searches);

  const mean = (runs: Result[]) => runs.reduce((sum, r) => sum + r.requests.average, 0) / runs.length;
  const ratio = mean(feedRuns) / mean(bareRuns);
  const feedP99 = Math.max(...feedRuns.map((r) => r.latency.p99));
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`\n${engine}: targets:`);
  console.log(`  feed ≥ 0.8 × bare req/s: ${mean(feedRuns).toFixed(0)} / ${mean(bareRuns).toFixed(0)} = ${ratio.toFixed(2)} × — ${verdict(ratio >= 0.8)}`);
  console.log(`  feed p99 ≤ 10 ms (worse of two runs): ${String(feedP99)} ms — ${verdict(feedP99 <= 10)}`);
  console.log(`  article p99 ≤ 10 ms: ${String(article.latency.p99)} ms — ${verdict(article.latency.p99 <= 10)}`);
  console.log(`  section feed p99: ${String(section.latency.p99)} ms (no target)`);
  console.log(`  search p99 ≤ 50 ms: ${String(search.latency.p99)} ms — ${verdict(search.latency.p99 <= 50)}`);
  const uncached = summary.find((l) => l.label === 'first: search')?.p95 ?? NaN;
  console.log(`  uncached search p95 ≤ 50 ms: ${uncached.toFixed(2)} ms — ${verdict(uncached <= 50)}`);
  const errors = summary.filter((l) => l.value.includes('errors')).length;
  console.log(`  0 errors: ${errors === 0 ? 'met' : `NOT met (${String(errors)} runs with errors)`}`);
  await stopAndWait();
  return summary;
}

process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

try {
  await archive();
  // (the suite below starts its own servers)
  if (!existsSync('dist/client/index.html')) {
    console.log('Building the app (the server serves it)…');
    const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  const sqlite = await suite('SQLite', '');
  if (values.store === 'postgres') {
    const postgres = await suite('PostgreSQL', await pgArchive());
    console.log(`\nSide by side, ${String(ARTICLES)} articles, same run (${String(CONNECTIONS)} connections, ${String(DURATION)} s):`);
    console.log(`  ${''.padEnd(40)} ${'SQLite'.padEnd(44)} PostgreSQL`);
    // Both suites measure the same things in the same order.
    sqlite.forEach((line, i) => console.log(`  ${line.label.padEnd(40)} ${line.value.padEnd(44)} ${postgres[i]?.value ?? '—'}`));
  }
} finally {
  stopAll();
}
