// `npm run bench:feed`: the News Feed with 1,000 and 10,000 loaded stories in Chromium — time to
// paint, DOM elements and JS heap for the virtualised list and, as a reference, a fully rendered
// one; then the real app at / with 10,000 stories loaded through "More news".
import react from '@vitejs/plugin-react';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { createStore } from '../src/server/store/createStore';
import { openDatabase } from '../src/server/store/openDatabase';
import { seedSynthetic } from '../src/server/seed/seedSynthetic';
import { CHROMIUM_ARGS } from '../test/e2e/browser';
import { chromiumPath } from '../test/e2e/chromiumPath';
import { startServer } from '../test/e2e/server';

const ITEMS = 10_000;
const dir = mkdtempSync(join(tmpdir(), 'newswire-bench-feed-'));
const database = join(dir, 'feed.db');

function log(line: string): void {
  console.log(line);
}

async function serve(clientDir: string, port: number): Promise<() => void> {
  const child = await startServer({ port, databasePath: database, clientDir });
  return () => child.kill('SIGTERM');
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

if (!existsSync(chromiumPath())) {
  console.error(`No Chromium at ${chromiumPath()}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

log(`Seeding ${String(ITEMS)} synthetic stories…`);
const db = openDatabase(database);
await seedSynthetic(createStore(db), ITEMS, Date.now());
db.close();

log('Building the benchmark page and the app…');
await build({ root: resolve('bench/feed'), logLevel: 'warn', plugins: [react()], build: { outDir: resolve(dir, 'bench'), emptyOutDir: true, target: 'es2022' } });
await build({ logLevel: 'warn', build: { outDir: resolve(dir, 'app'), emptyOutDir: true } });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const rows: string[] = [];
let stop = await serve(resolve(dir, 'bench'), 3901);
try {
  for (const n of [1000, ITEMS]) {
    for (const mode of ['virtual', 'full']) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`http://localhost:3901/?n=${String(n)}&mode=${mode}`);
      await page.waitForFunction(() => window.benchResult !== undefined, undefined, { timeout: 120_000 });
      const result = await page.evaluate(() => window.benchResult);
      const heap = await heapMb(page);
      rows.push(`${String(n).padStart(6)}  ${mode.padEnd(8)}  ${result?.paintMs.toFixed(0).padStart(7) ?? '?'} ms  ${String(result?.domElements).padStart(7)}  ${heap.toFixed(1).padStart(7)} MB`);
      await page.close();
    }
  }
} finally {
  stop();
}

log('\nFeed list        time to paint   DOM elements   JS heap');
log(' items  list        (render→paint)');
for (const row of rows) log(row);

// The real app: load 10,000 stories through "More news" and count what the page holds.
stop = await serve(resolve(dir, 'app'), 3902);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto('http://localhost:3902/');
  const more = page.getByRole('button', { name: 'More news' });
  const started = performance.now();
  await more.waitFor();
  for (;;) {
    const loaded = Number(await page.locator('.feed-rows > li').first().getAttribute('aria-setsize'));
    if (!(await more.isVisible())) break; // the end of the feed: all 10,000 stories are loaded
    try {
      await more.click({ timeout: 10_000 });
    } catch (error) {
      // The list also loads the next page by itself when its end comes into view: the last one may
      // have come that way, and the button given way to the end of the feed.
      if (await more.isVisible()) throw error;
      break;
    }
    await page.waitForFunction((prev) => Number(document.querySelector('.feed-rows > li')?.getAttribute('aria-setsize')) > prev, loaded);
  }
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await page.waitForTimeout(300);
  const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
  const heap = await heapMb(page);
  const stories = await page.evaluate(() => Number(document.querySelector('.feed-rows > li')?.getAttribute('aria-setsize')));
  log(`\nReal app at /: all ${String(ITEMS)} stories loaded (${String(stories)} rows with the day headings) by "More news" in ${((performance.now() - started) / 1000).toFixed(1)} s; mid-scroll the page holds ${String(dom)} DOM elements (budget 1,400); JS heap ${heap.toFixed(1)} MB.`);
} finally {
  stop();
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
