// `npm run bench:pages`: the server-rendered pages under load. Starts the real server (`src/server/main.ts`,
// the built app, a fresh database with the demo corpus) and, for each of `/`, a section and an article, a
// bare node:http server that sends the very bytes (gzip, as browsers ask) and headers of that page; autocannon (loopback, 50
// connections) takes turns on the page and its bare server, and the script prints req/s, p50 and p99 of
// both and the targets (each page ≥ 0.8 × its bare server, p99 ≤ 10 ms).
import autocannon, { type Result } from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: '3321' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const PORT = Number(values.port);
for (const [name, n, max] of [['duration', DURATION, 120], ['connections', CONNECTIONS, 1000], ['port', PORT, 65_530]] as const) {
  if (!Number.isInteger(n) || n < 1 || n > max) {
    console.error(`--${name} must be a whole number from 1 to ${String(max)}.`);
    process.exit(1);
  }
}

const children: ChildProcess[] = [];
const dir = mkdtempSync(join(tmpdir(), 'newswire-bench-pages-'));

// Started when it answers (the server's own log may be quieted with LOG_LEVEL, as below).
async function start(args: string[], env: Record<string, string>, port: number): Promise<void> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  const exited = new Promise<never>((_, fail) => child.once('exit', (code) => fail(new Error(`${args.join(' ')} exited with ${String(code)}`))));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await Promise.race([fetch(`http://127.0.0.1:${String(port)}/`).then(() => true, () => false), exited]);
    if (up) return;
    if (Date.now() > deadline) throw new Error(`${args.join(' ')} did not answer on port ${String(port)} within 60 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function stopAll(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}

// Readers' browsers ask for compressed pages: so does the load, and the bare server sends the same gzip bytes.
const HEADERS = { 'accept-encoding': 'gzip' };

/** The page's bytes and headers exactly as the server sends them to a browser (gzip, not decoded). */
function raw(url: string): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: HEADERS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers[k] = v;
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

async function load(label: string, url: string): Promise<Result> {
  // Warmed for 3 s first (not reported): the figures are the steady state.
  await autocannon({ url, connections: CONNECTIONS, duration: 3, headers: HEADERS });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: HEADERS });
  const problems = result.errors + result.timeouts + result.non2xx;
  console.log(`  ${label.padEnd(40)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(result.latency.p50).padStart(3)} ms   p99 ${String(result.latency.p99).padStart(3)} ms${problems > 0 ? `   ${String(problems)} errors/non-2xx` : ''}`);
  return result;
}

process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

try {
  if (!existsSync('dist/client/index.html') || !existsSync('dist/server/renderPage.js')) {
    console.log('Building the app (the server renders it)…');
    const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const base = `http://127.0.0.1:${String(PORT)}`;
  // Request logs off (LOG_LEVEL=warn): the bare server writes none either.
  await start(['--import', 'tsx', 'src/server/main.ts'], { PORT: String(PORT), DATABASE_PATH: join(dir, 'pages.db'), RATES_REFRESH: 'off', LOG_LEVEL: 'warn' }, PORT);
  const feed = (await (await fetch(`${base}/api/feed?limit=1`)).json()) as { items: { url: string }[] };
  const article = feed.items[0]?.url;
  if (article === undefined) throw new Error('the demo corpus has no article');
  const pages: [string, string][] = [['/', '/'], ['a section', '/world'], ['an article', article]];

  console.log(`\nPages rendered on the server vs a bare node:http server sending the same bytes; autocannon, ${String(CONNECTIONS)} connections, ${String(DURATION)} s each, loopback:`);
  const verdicts: string[] = [];
  for (const [index, [label, path]] of pages.entries()) {
    await raw(base + path); // rendered once: the next answers come from the page cache
    const res = await raw(base + path);
    if (res.status !== 200 || res.headers['content-encoding'] !== 'gzip') throw new Error(`${path} answered ${String(res.status)} ${res.headers['content-encoding'] ?? 'uncompressed'}`);
    const body = res.body;
    const file = join(dir, `page-${String(index)}.html.gz`);
    writeFileSync(file, body);
    const barePort = PORT + 1 + index;
    await start(['--import', 'tsx', 'scripts/bench/bareServer.ts'], {
      PORT: String(barePort),
      BARE_BODY_FILE: file,
      BARE_ETAG: res.headers.etag ?? '',
      BARE_CONTENT_TYPE: res.headers['content-type'] ?? 'text/html',
      BARE_CACHE_CONTROL: res.headers['cache-control'] ?? '',
      BARE_CONTENT_ENCODING: 'gzip',
    }, barePort);
    // Turns, twice, on a shared machine: compared on the means.
    const bare = [await load(`bare node:http, same bytes as ${path}`, `http://127.0.0.1:${String(barePort)}/`)];
    const real = [await load(`GET ${path} (${label})`, base + path)];
    bare.push(await load(`bare node:http, same bytes as ${path}`, `http://127.0.0.1:${String(barePort)}/`));
    real.push(await load(`GET ${path} (${label})`, base + path));
    const mean = (runs: Result[]) => runs.reduce((sum, r) => sum + r.requests.average, 0) / runs.length;
    const ratio = mean(real) / mean(bare);
    const p99 = Math.max(...real.map((r) => r.latency.p99));
    const errors = real.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0);
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    verdicts.push(`  ${label.padEnd(12)} ${mean(real).toFixed(0)} / ${mean(bare).toFixed(0)} req/s = ${ratio.toFixed(2)} × bare (≥ 0.8: ${verdict(ratio >= 0.8)}), p99 ${String(p99)} ms (≤ 10: ${verdict(p99 <= 10)}), ${String(errors)} errors, ${String(body.length)} bytes gzip`);
  }
  console.log('\nTargets:');
  for (const line of verdicts) console.log(line);
} finally {
  stopAll();
  rmSync(dir, { recursive: true, force: true });
}
