// `npm run bench:lighthouse`: Lighthouse 12 (mobile defaults: simulated slow 4G, 4x CPU slowdown)
// three times on /, a section, an article, a search, a topic and a gallery page of the built app served as `npm start`
// serves it; prints the median scores and metrics of each page.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../test/e2e/chromiumPath';
import { startServer } from '../test/e2e/server';

const RUNS = 3;
const PORT = 3931;
const origin = `http://localhost:${String(PORT)}`;

if (!existsSync(chromiumPath())) {
  console.error(`No Chromium at ${chromiumPath()}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
if (spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) process.exit(1);

const dir = mkdtempSync(join(tmpdir(), 'newswire-lighthouse-'));
const server = await startServer({ port: PORT, databasePath: join(dir, 'lh.db') });

const feed = (await (await fetch(`${origin}/api/feed?limit=1`)).json()) as { items: { url: string }[] };
const topics = (await (await fetch(`${origin}/api/topics`)).json()) as { topics: { slug: string }[] };
const galleries = (await (await fetch(`${origin}/api/galleries?limit=1`)).json()) as { items: { url: string }[] };
const pages = [
  { name: 'feed /', path: '/' },
  { name: 'section', path: '/politics' },
  { name: 'article', path: feed.items[0]?.url ?? '/' },
  { name: 'search', path: '/search?q=arctic' },
  { name: 'topic', path: `/topics/${topics.topics[0]?.slug ?? ''}` },
  { name: 'gallery', path: galleries.items[0]?.url ?? '/galleries' },
];

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows: string[] = [];
try {
  for (const page of pages) {
    const runs: { perf: number; a11y: number; bp: number; seo: number; fcp: number; lcp: number; tbt: number; cls: number }[] = [];
    let failures = 0;
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${origin}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        disableStorageReset: false,
      });
      if (result === undefined) throw new Error(`Lighthouse gave no result for ${page.path}`);
      const { categories, audits } = result.lhr;
      // A run Lighthouse itself could not finish (it says why) is run again, twice at most per page.
      const problem = result.lhr.runtimeError?.message ?? (categories.performance?.score == null ? 'no performance score' : undefined);
      if (problem !== undefined) {
        console.log(`  ${page.name}: run ${String(i + 1)} failed (${problem})${failures < 2 ? ', running it again' : ''}`);
        if (++failures > 2) throw new Error(`Lighthouse failed three times on ${page.path}`);
        i--;
        continue;
      }
      const num = (id: string) => audits[id]?.numericValue ?? NaN;
      runs.push({
        perf: categories.performance?.score ?? NaN,
        a11y: categories.accessibility?.score ?? NaN,
        bp: categories['best-practices']?.score ?? NaN,
        seo: categories.seo?.score ?? NaN,
        fcp: num('first-contentful-paint'),
        lcp: num('largest-contentful-paint'),
        tbt: num('total-blocking-time'),
        cls: num('cumulative-layout-shift'),
      });
      const failed = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
      if (i === 0 && failed.length > 0) console.log(`  ${page.name}: failing audits: ${failed.map((a) => a.id).join(', ')}`);
    }
    const m = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key]));
    rows.push(
      `${page.name.padEnd(9)} ${m('perf').toFixed(2)}  ${m('a11y').toFixed(2)}  ${m('bp').toFixed(2)}  ${m('seo').toFixed(2)}   ` +
        `${(m('fcp') / 1000).toFixed(2)} s  ${(m('lcp') / 1000).toFixed(2)} s  ${m('tbt').toFixed(0).padStart(4)} ms  ${m('cls').toFixed(3)}`,
    );
  }
} finally {
  chrome.kill();
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\nLighthouse 12, mobile (simulated slow 4G, 4x CPU), median of ${String(RUNS)} runs`);
console.log('page      perf  a11y  bp    seo    FCP     LCP      TBT     CLS');
for (const row of rows) console.log(row);
console.log('targets   ≥0.98 1.00  1.00  ≥0.95  -       ≤1.50 s  ≤65 ms  ≤0.010');
