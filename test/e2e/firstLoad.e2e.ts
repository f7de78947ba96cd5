import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_LOAD_REPORT } from '../../scripts/vite/firstLoadBudget';
import { baseUrl, launchBrowser, serverStore } from './browser';

interface PageReport {
  files: string[];
  gzip: number;
  brotli: number;
}

function report(): Record<string, PageReport> {
  return JSON.parse(readFileSync(`dist/client/${FIRST_LOAD_REPORT}`, 'utf8')) as Record<string, PageReport>;
}

// The size the build prints is what the browser downloads: every script a page requests with no
// interaction and no service worker, until the network has been quiet for a second.
describe('the first load the build reports is what Chromium downloads', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  const article = async () => (await serverStore().feed(null, 1, null)).items[0]?.url ?? '/';
  const pages: [string, () => string | Promise<string>][] = [
    ['/', () => '/'],
    ['/{section}', () => '/world'],
    ['/{section}/{id}', article],
    ['/search', () => '/search?q=snow'],
  ];

  for (const [name, path] of pages)
    it(`downloads exactly the build's files for ${name}, within 1 KiB of its figure`, async () => {
      const expected = report()[name];
      expect(expected, name).toBeDefined();
      const context = await browser.newContext({ baseURL: baseUrl(), serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const scripts = new Map<string, Promise<number>>();
      page.on('requestfinished', (request) => {
        if (request.resourceType() === 'script') scripts.set(new URL(request.url()).pathname.slice(1), request.sizes().then((s) => s.responseBodySize));
      });
      await page.goto(await path(), { waitUntil: 'networkidle' });
      await page.waitForTimeout(1000);
      const sizes = Object.fromEntries(await Promise.all([...scripts].map(async ([file, size]) => [file, await size] as const)));
      expect(Object.keys(sizes).sort(), name).toEqual([...(expected?.files ?? [])].sort());
      const downloaded = Object.values(sizes).reduce((sum, n) => sum + n, 0);
      // Chromium accepts brotli, which the server sends when it has it; the build's gzip figure is the budget.
      expect(Math.abs(downloaded - (expected?.brotli ?? 0)), `${name}: Chromium ${String(downloaded)} bytes, build ${String(expected?.brotli)}`).toBeLessThanOrEqual(1024);
      await context.close();
    });
});
