import jpeg from 'jpeg-js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, serverStore } from './browser';

// Every page comes rendered by the server with the app's own components; the browser hydrates it.
// React reports any difference between the two in the console ("Hydration failed", error #418…).

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
const LONDON = { kind: 'city', id: 'london', name: 'London', timeZone: 'Europe/London' };

async function routes(): Promise<string[]> {
  const store = serverStore();
  const article = (await store.feed(null, 1, null)).items[0];
  const topic = (await store.topicList())[0];
  const person = (await store.personList())[0];
  const gallery = (await store.galleries(1, null)).items[0];
  const infographic = (await store.infographics(1, null)).items[0];
  if (article === undefined || topic === undefined || person === undefined || gallery === undefined || infographic === undefined) throw new Error('demo corpus missing');
  return [
    '/',
    '/?sections=world,sports',
    '/world',
    article.url,
    `${article.url}?page=1`,
    '/search?q=snow',
    '/search?q=snow&sections=society&from=2020-01-01',
    '/topics',
    `/topics/${topic.slug}`,
    '/persons',
    `/persons/${person.slug}`,
    '/galleries',
    `${gallery.url}?photo=2`,
    '/infographics',
    infographic.url,
    '/converter',
    '/converter?amount=1%2C234.56&from=EUR&to=USD&source=ecb',
    '/saved',
    '/my',
    '/no-such-page',
    '/world/999999999',
  ];
}

async function readerContext(browser: Browser, viewport: { width: number; height: number }, theme: 'light' | 'dark', city: 'moscow' | 'london'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, baseURL: baseUrl(), serviceWorkers: 'block' });
  await context.addInitScript(
    ({ theme: t, city: c }) => {
      localStorage.setItem('newswire.display', JSON.stringify({ theme: t }));
      if (c !== null) localStorage.setItem('newswire.city', JSON.stringify(c));
    },
    { theme, city: city === 'london' ? LONDON : null },
  );
  // A returning reader in London has the cookie the app keeps; the server renders their city.
  if (city === 'london') await context.addCookies([{ name: 'newswire-reader', value: 'c:london', url: baseUrl() }]);
  return context;
}

/** Console errors and warnings of a page load (hydration mismatches are reported there). */
async function loadAndListen(page: Page, path: string): Promise<string[]> {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(200);
  // A 404 page's own answer is the one expected "failed to load" message.
  return messages.filter((m) => !/status of 404/.test(m));
}

/** Holds the app's entry script back until the returned function is called (as a slow line would). */
async function holdApp(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

describe('pages rendered on the server and hydrated', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const viewport of [PHONE, DESKTOP])
    for (const theme of ['light', 'dark'] as const)
      for (const city of ['moscow', 'london'] as const)
        it(`hydrates every route without an error or warning at ${String(viewport.width)} px, ${theme} theme, reader in ${city}`, async () => {
          const context = await readerContext(browser, viewport, theme, city);
          const page = await context.newPage();
          for (const path of await routes()) expect(await loadAndListen(page, path), path).toEqual([]);
          await context.close();
        });

  it('keeps the nodes the server rendered (hydration, not a second render) and renders the city the reader chose', async () => {
    const context = await readerContext(browser, DESKTOP, 'light', 'london');
    const page = await context.newPage();
    const release = await holdApp(page);
    // DOMContentLoaded waits for the held module script: wait for the rendered page itself.
    await page.goto('/', { waitUntil: 'commit' });
    await page.locator('h1').waitFor();
    const clock = page.locator('.city-clock .visually-hidden');
    expect(await clock.textContent()).toMatch(/^Time in London: \d\d:\d\d UTC/);
    await page.evaluate(() => Reflect.set(window, 'renderedHeading', document.querySelector('h1')));
    release();
    await page.waitForLoadState('networkidle');
    // The no-script "Show these sections" button goes once the app runs.
    await page.locator('summary', { hasText: 'Filter sections' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Show these sections' }).count()).toBe(0);
    expect(await page.evaluate(() => Reflect.get(window, 'renderedHeading') === document.querySelector('h1'))).toBe(true);
    await context.close();
  });

  it('paints the first frame in the dark theme for a dark-theme reader (screenshot before any script of the app)', async () => {
    const context = await readerContext(browser, PHONE, 'dark', 'moscow');
    const page = await context.newPage();
    const release = await holdApp(page);
    await page.goto('/', { waitUntil: 'commit' });
    await page.locator('.feed-rows h3 a').first().waitFor();
    const shot = jpeg.decode(await page.screenshot({ type: 'jpeg', quality: 90 }), { useTArray: true });
    // The page background away from any text: the top-right corner under the masthead's colour band is
    // brand blue in both themes, so sample the left margin half-way down instead.
    const brightness = (x: number, y: number) => {
      const i = (y * shot.width + x) * 4;
      return (shot.data[i] ?? 0) + (shot.data[i + 1] ?? 0) + (shot.data[i + 2] ?? 0);
    };
    expect(brightness(2, Math.floor(shot.height * 0.75)), 'a dark background').toBeLessThan(3 * 60);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    release();
    await context.close();
  });
});
