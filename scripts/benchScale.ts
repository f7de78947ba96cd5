// `npm run bench:scale`: the reader mix at 100 connections (loopback, bounded in time) straight to one
// worker, straight to two, and through nginx (deploy/nginx) in front of two, with a 500-story feed
// ingested in the middle of the nginx run. Prints req/s, p50/p99, errors and 5xx of each; the cache's
// hit ratio and origin requests per 1,000 reader requests (from nginx's access log); how long the new
// stories took to appear on / through the cache; and uncached pages on one worker and on two.
// The mix: Zipf (s = 1) over the newest 2,000 articles, the feed and section pages, 50 common search
// words, and the API lists the app asks for (feed, top stories, most read, sections, cities, the
// new-stories check). Speed targets are printed, never asserted.
import autocannon, { type Result } from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, chmodSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { NGINX_INSTALL_HINT, nginxPath, startNginx, type RunningNginx } from './nginx/startNginx';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '100' },
    articles: { type: 'string', default: '5000' },
    port: { type: 'string', default: '3331' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const ARTICLES = Number(values.articles);
const PORT = Number(values.port);
for (const [name, n, min, max] of [['duration', DURATION, 2, 120], ['connections', CONNECTIONS, 1, 1000], ['articles', ARTICLES, 2000, 200_000], ['port', PORT, 1024, 65_530]] as const) {
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`--${name} must be a whole number from ${String(min)} to ${String(max)}.`);
    process.exit(1);
  }
}
if (nginxPath() === null) {
  console.error(`bench:scale needs nginx. ${NGINX_INSTALL_HINT}`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'newswire-bench-scale-'));
chmodSync(dir, 0o755);
const children: ChildProcess[] = [];
let nginx: RunningNginx | null = null;

function stopAll(): void {
  for (const child of children) if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGTERM');
}
process.on('SIGINT', () => {
  stopAll();
  void nginx?.stop();
  process.exit(130);
});

// The app (clusterMain: `workers` processes) on its own copy of the seeded database.
async function startOrigin(workers: number, port: number, database: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cluster/clusterMain.ts'], {
    env: { ...process.env, PORT: String(port), WORKERS: String(workers), DATABASE_PATH: database, RATES_REFRESH: 'off', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while ((output.match(/running at/g) ?? []).length < workers) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the app did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

async function stopOrigin(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}

// Zipf with s = 1 over n ranks: rank k (0-based) with probability ∝ 1 / (k + 1).
function zipf(n: number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let k = 0; k < n; k += 1) cumulative.push((sum += 1 / (k + 1)));
  return () => {
    const x = Math.random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface Mix {
  next: () => string;
}

async function readerMix(base: string): Promise<Mix> {
  const urls: string[] = [];
  let ids: number[] = [];
  let cursor: string | null = null;
  const titles: string[] = [];
  while (urls.length < 2000) {
    const page = (await (await fetch(`${base}/api/feed?limit=100${cursor === null ? '' : `&cursor=${cursor}`}`)).json()) as { items: { id: number; url: string; title: string }[]; nextCursor: string | null };
    for (const item of page.items) {
      urls.push(new URL(item.url, base).pathname);
      ids.push(item.id);
      titles.push(item.title);
    }
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  ids = ids.slice(0, 20);
  const counts = new Map<string, number>();
  for (const word of titles.join(' ').toLowerCase().match(/\p{L}{5,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 50).map(([w]) => w);
  const sections = ['politics', 'world', 'economy', 'defense', 'science', 'society', 'sports', 'pressreview'];
  const article = zipf(urls.length);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
  const api = ['/api/feed', '/api/top-stories', '/api/most-read?period=now', '/api/sections', '/api/cities', ...sections.map((s) => `/api/feed?sections=${s}`)];
  return {
    next: () => {
      const r = Math.random();
      if (r < 0.45) return urls[article()]!; // articles
      if (r < 0.6) return '/'; // the feed
      if (r < 0.7) return `/${pick(sections)}`; // sections
      if (r < 0.78) return `/search?q=${encodeURIComponent(pick(words))}`; // search
      if (r < 0.79) return `/api/feed/updates?after=${String(pick(ids))}`; // the "N new stories" check
      return pick(api); // the API lists the app asks for
    },
  };
}

async function load(label: string, base: string, next: () => string, duration: number): Promise<Result> {
  const result = await autocannon({ url: base, connections: CONNECTIONS, duration, requests: [{ setupRequest: (req) => ({ ...req, path: next() }) }] });
  console.log(`  ${label.padEnd(44)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(result.latency.p50).padStart(3)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   ${String(result.errors + result.timeouts)} errors   ${String(result['5xx'])} 5xx`);
  return result;
}

function feedOf(count: number, stamp: number): string {
  const items = Array.from({ length: count }, (_, i) => `<item><guid>bench-scale-${String(stamp)}-${String(i)}</guid><title>Scale wire ${String(stamp)} story ${String(i)}</title><description>Story ${String(i)} of the feed ingested during the run.</description><pubDate>${new Date(stamp - i * 1000).toUTCString()}</pubDate></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Scale wire</title><link>http://example.com/</link>${items.join('')}</channel></rss>`;
}

try {
  if (!existsSync('dist/client/index.html') || !existsSync('dist/server/renderPage.js')) {
    console.log('Building the app…');
    if (spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: 'inherit' }).status !== 0) throw new Error('the build failed');
  }
  // This machine's two cores may be shared: the load average says how much the figures can be trusted.
  console.log(`Load average before the run: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (${String(availableParallelism())} cores)`);
  const seeded = join(dir, 'seed.db');
  console.log(`Seeding ${String(ARTICLES)} synthetic articles…`);
  if (spawnSync(process.execPath, ['--import', 'tsx', 'src/server/seed/seedCli.ts', '--articles', String(ARTICLES), '--db', seeded], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) throw new Error('seeding failed');
  for (const name of ['one.db', 'two.db']) copyFileSync(seeded, join(dir, name));

  const results: Record<string, Result> = {};
  console.log(`\nautocannon, ${String(CONNECTIONS)} connections, loopback; uncached pages (every address new: rendered each time), 10 s:`);
  let unique = 0;
  const uncached = () => `/world?bench=${String((unique += 1))}`;
  for (const workers of [1, 2]) {
    const port = PORT + workers;
    const origin = await startOrigin(workers, port, join(dir, workers === 1 ? 'one.db' : 'two.db'));
    await load('(warm-up)', `http://127.0.0.1:${String(port)}`, uncached, 3);
    results[`uncached${String(workers)}`] = await load(`uncached pages, ${String(workers)} worker${workers === 1 ? '' : 's'}`, `http://127.0.0.1:${String(port)}`, uncached, 10);
    const mix = await readerMix(`http://127.0.0.1:${String(port)}`);
    if (workers === 1) console.log(`\nThe reader mix, ${String(DURATION)} s each:`);
    await load('(warm-up, 5 s)', `http://127.0.0.1:${String(port)}`, mix.next, 5);
    results[`mix${String(workers)}`] = await load(`reader mix straight to ${String(workers)} worker${workers === 1 ? '' : 's'}`, `http://127.0.0.1:${String(port)}`, mix.next, DURATION);
    if (workers === 1) await stopOrigin(origin);
  }

  // nginx in front of the two workers, its cache empty; a 500-story feed ingested half-way through.
  const originPort = PORT + 2;
  const nginxPort = PORT + 9;
  nginx = await startNginx({ listen: `127.0.0.1:${String(nginxPort)}`, origin: `127.0.0.1:${String(originPort)}`, cacheDir: join(dir, 'nginx') });
  const cached = `http://127.0.0.1:${String(nginxPort)}`;
  const mix = await readerMix(cached);
  // Warmed like the others (the cache fills as readers come), then measured from the next log line on.
  await load('(warm-up, 5 s)', cached, mix.next, 5);
  const logFile = join(dir, 'nginx', 'access.log');
  await new Promise((r) => setTimeout(r, 1500));
  const logStart = readFileSync(logFile, 'utf8').length;
  const stamp = Date.now();
  const feedFile = join(dir, 'feed.xml');
  writeFileSync(feedFile, feedOf(500, stamp));
  const appeared: { ms: number | null } = { ms: null };
  let ingestedAt = 0;
  let ingestStart = 0;
  const ingest = (async () => {
    await new Promise((r) => setTimeout(r, (DURATION * 1000) / 2));
    ingestStart = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/ingest/ingestCli.ts', feedFile, '--section', 'world'], { env: { ...process.env, DATABASE_PATH: join(dir, 'two.db') }, stdio: ['ignore', 'ignore', 'inherit'] });
    await new Promise((done) => child.once('exit', done));
    ingestedAt = Date.now();
    const title = `Scale wire ${String(stamp)} story 0`;
    while (Date.now() - ingestedAt < 60_000) {
      if ((await (await fetch(`${cached}/`)).text()).includes(title)) {
        appeared.ms = Date.now() - ingestedAt;
        return;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  results.nginx = await load('reader mix through nginx (2 workers)', cached, mix.next, DURATION);
  await ingest;
  await new Promise((r) => setTimeout(r, 1500)); // the log is flushed every second
  const lines = readFileSync(logFile, 'utf8').slice(logStart).split('\n').filter((l) => l.includes('cache='));
  const byStatus = new Map<string, number>();
  let origin = 0;
  for (const line of lines) {
    const status = /cache=(\S*)/.exec(line)?.[1] ?? '';
    byStatus.set(status === '-' ? 'none' : status, (byStatus.get(status === '-' ? 'none' : status) ?? 0) + 1);
    if (!/upstream=- /.test(line)) origin += 1;
  }
  const total = lines.length;
  const hits = (byStatus.get('HIT') ?? 0) + (byStatus.get('STALE') ?? 0) + (byStatus.get('UPDATING') ?? 0) + (byStatus.get('REVALIDATED') ?? 0);
  const bypass = byStatus.get('BYPASS') ?? 0;

  const one = results.uncached1!;
  const two = results.uncached2!;
  const through = results.nginx;
  // The uncached phases overload the renderer on purpose (100 connections, every page new): their
  // timeouts are printed with them; the target is about the reader mix.
  const mixes = [results.mix1!, results.mix2!, through];
  const errors = mixes.reduce((sum, r) => sum + r.errors + r.timeouts, 0);
  const fiveXx = Object.values(results).reduce((sum, r) => sum + r['5xx'], 0);
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`\nnginx during its run: ${String(total)} logged requests, ${[...byStatus].map(([s, n]) => `${s} ${String(n)}`).join(', ')}`);
  console.log(`  hit ratio ${(hits / total).toFixed(4)} of all requests (HIT, STALE, UPDATING, REVALIDATED), ${(hits / Math.max(1, total - bypass)).toFixed(4)} of those it may keep (the new-stories check, ${String(bypass)}, always goes to the app)`);
  console.log(`  origin requests per 1,000 reader requests: ${((origin / total) * 1000).toFixed(1)} (requests nginx passed to the app; background updates of expired copies come on top, at most one per copy)`);
  console.log(`  500 new stories ingested ${((ingestStart - stamp) / 1000).toFixed(1)}–${((ingestedAt - stamp) / 1000).toFixed(1)} s into the run (npm run ingest, another process); the newest on / through nginx ${appeared.ms === null ? 'NOT within 60 s of the end' : `${(appeared.ms / 1000).toFixed(1)} s after the ingest ended, ${((appeared.ms + ingestedAt - ingestStart) / 1000).toFixed(1)} s after it began`} (the page's max-age is 30 s)`);
  console.log(`  load average after the run: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log('\nTargets:');
  console.log(`  2 workers ≥ 1.7 × 1 worker on uncached pages: ${(two.requests.average / one.requests.average).toFixed(2)} × — ${met(two.requests.average >= 1.7 * one.requests.average)}`);
  console.log(`  hit ratio ≥ 0.99 on the mix: ${(hits / total).toFixed(4)} — ${met(hits / total >= 0.99)}`);
  console.log(`  p99 through nginx ≤ 20 ms: ${String(through.latency.p99)} ms — ${met(through.latency.p99 <= 20)}`);
  console.log(`  0 errors on the mix: ${String(errors)} errors, ${String(fiveXx)} 5xx in all runs — ${met(errors === 0 && fiveXx === 0)}`);
} finally {
  await nginx?.stop();
  stopAll();
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dir, { recursive: true, force: true });
}
