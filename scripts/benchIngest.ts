// `npm run bench:ingest`: how readers fare while the server ingests a 500-story feed (stories of about
// 8 KB). The server polls a local feed (INGEST_SOURCES, 127.0.0.1 only); two readers ask for `/` and
// `/api/feed` one request after another, before the poll and while the ingest runs; prints p50, p99
// and max of each, and the ingest rate. Targets (issue 16): p99 during ≤ 2× p99 before, max ≤ 100 ms,
// ≥ 200 stories a second.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigFeedXml } from '../test/bigFeedXml';
import { freePort } from '../test/e2e/server';
import { spawn } from 'node:child_process';

const STORIES = 500;

if (!existsSync('dist/client/index.html') || !existsSync('dist/server/renderPage.js')) {
  console.log('Building the app first…');
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
}

const dir = mkdtempSync(join(tmpdir(), 'newswire-bench-ingest-'));
const feed = Buffer.from(bigFeedXml(STORIES, { prefix: `bench${String(Date.now())}` }));
let fetchedAt = 0;
const feedServer = createServer((_req, res) => {
  fetchedAt ||= performance.now();
  res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(feed);
});
await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
const feedAddress = feedServer.address();
const feedUrl = `http://127.0.0.1:${String(typeof feedAddress === 'object' && feedAddress !== null ? feedAddress.port : 0)}/feed.xml`;
writeFileSync(join(dir, 'sources.json'), JSON.stringify({ sources: [{ url: feedUrl, section: 'world' }] }));

const port = await freePort();
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
  env: { ...process.env, PORT: String(port), DATABASE_PATH: join(dir, 'bench.db'), INGEST_SOURCES: join(dir, 'sources.json'), INGEST_ALLOW_PRIVATE: '1', RATES_REFRESH: 'off', LOG_LEVEL: 'info' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = ''; // until the server runs; then only the unfinished last line (a log line per request follows)
const state = { running: false };
let ingestedAt = 0;
let ingestLine = '';
server.stdout.on('data', (chunk: Buffer) => {
  output += chunk.toString();
  const lines = output.split('\n');
  const line = lines.find((l) => l.includes('"component":"ingest"') && l.includes(`${feedUrl}: `));
  if (line !== undefined && ingestedAt === 0) {
    ingestedAt = performance.now();
    ingestLine = line;
  }
  state.running ||= output.includes('running at');
  if (state.running) output = lines.at(-1) ?? '';
});
const stop = () => {
  if (server.exitCode === null) server.kill('SIGTERM');
  feedServer.close();
};
process.on('exit', () => {
  stop();
  rmSync(dir, { recursive: true, force: true });
});
while (!state.running) {
  if (server.exitCode !== null) throw new Error(`the server exited:\n${output}`);
  await new Promise((r) => setTimeout(r, 50));
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });
function timed(path: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`${path} answered ${String(res.statusCode)}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

type Phase = 'before' | 'during';
const samples: Record<string, Record<Phase, number[]>> = { '/': { before: [], during: [] }, '/api/feed': { before: [], during: [] } };
// When the slowest answers during the ingest started, in seconds after the feed was fetched.
const slowest: { ms: number; at: number }[] = [];
const phaseAt = (startedAt: number): Phase | null => (fetchedAt === 0 || startedAt < fetchedAt ? 'before' : ingestedAt === 0 ? 'during' : null);
const INTERVAL = Number(process.env.BENCH_READER_INTERVAL_MS ?? '0');
async function reader(path: string): Promise<void> {
  const deadline = performance.now() + 120_000;
  let next = performance.now();
  while (ingestedAt === 0 && performance.now() < deadline) {
    next += INTERVAL;
    const wait = next - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const startedAt = performance.now();
    const ms = await timed(path);
    const phase = phaseAt(startedAt);
    if (phase !== null) samples[path]?.[phase].push(ms);
    if (phase === 'during' && ms > 50) slowest.push({ ms, at: (startedAt - fetchedAt) / 1000 });
  }
}
// A second of warm-up (first answers build caches), then measure.
for (let i = 0; i < 20; i++) await Promise.all([timed('/'), timed('/api/feed')]);
await Promise.all([reader('/'), reader('/api/feed')]);
agent.destroy();

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}
const ms = (v: number) => `${v.toFixed(1)} ms`;
console.log(`\n${ingestLine}`);
const seconds = (ingestedAt - fetchedAt) / 1000;
console.log(`Ingest: ${String(STORIES)} stories of about 8 KB in ${seconds.toFixed(1)} s = ${(STORIES / seconds).toFixed(0)} stories a second (fetch, parse, sanitize, write; target ≥ 200)\n`);
console.log('path        phase    answers     p50      p99      max');
for (const [path, phases] of Object.entries(samples)) {
  for (const phase of ['before', 'during'] as const) {
    const v = phases[phase];
    console.log(`${path.padEnd(11)} ${phase.padEnd(7)} ${String(v.length).padStart(8)} ${ms(quantile(v, 0.5)).padStart(9)} ${ms(quantile(v, 0.99)).padStart(9)} ${ms(Math.max(...v)).padStart(9)}`);
  }
  const p99Before = quantile(phases.before, 0.99);
  const p99During = quantile(phases.during, 0.99);
  const maxDuring = Math.max(...phases.during);
  const pass = p99During <= 2 * p99Before && maxDuring <= 100;
  console.log(`  ${path}: p99 during ≤ 2× before (${ms(p99During)} vs ${ms(2 * p99Before)}), max ≤ 100 ms (${ms(maxDuring)}) — ${pass ? 'met' : 'NOT met'}`);
}
if (slowest.length > 0) console.log(`Answers over 50 ms during the ingest (started at s after the fetch, of ${seconds.toFixed(1)} s): ${slowest.map((x) => `${x.ms.toFixed(0)} ms at ${x.at.toFixed(1)}`).join(', ')}`);
console.log(`Ingest rate ≥ 200 stories a second — ${STORIES / seconds >= 200 ? 'met' : 'NOT met'}`);
stop();
// Figures, not a gate (timings never fail a run): exit 0 either way.
process.exit(0);
