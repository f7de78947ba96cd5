import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleList, FeedPage } from '../../src/contract/schemas';
import { axeViolations, baseUrl, CHROMIUM_ARGS, launchBrowser, openPage, serverStore } from './browser';
import { chromiumPath } from './chromiumPath';

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

async function cachedUrls(page: Page, cacheName: string): Promise<string[]> {
  return page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search), cacheName);
}

async function api<T>(path: string, parse: (v: unknown) => T): Promise<T> {
  return parse(await (await fetch(`${baseUrl()}${path}`)).json());
}

describe('installable', () => {
  it('has a manifest Chromium accepts (no installability errors), and the page is controlled by the service worker', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'newswire-profile-'));
    // A persistent profile: Chromium never offers installation in an incognito-like context.
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: CHROMIUM_ARGS, baseURL: baseUrl() });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: 'News Feed' }).waitFor();
      await controlled(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
      const manifest = await page.evaluate(async () => {
        const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href') ?? '';
        return (await fetch(href)).json() as Promise<Record<string, unknown>>;
      });
      expect(manifest).toMatchObject({ short_name: 'Newswire', start_url: '/', scope: '/', display: 'standalone', theme_color: '#12305a', background_color: '#ffffff' });
      expect(JSON.stringify(manifest.icons)).toContain('"purpose":"maskable"');
      expect(manifest.shortcuts).toEqual([
        expect.objectContaining({ name: 'News Feed', url: '/' }),
        expect.objectContaining({ name: 'Search', url: '/search' }),
        expect.objectContaining({ name: 'Currency converter', url: '/converter' }),
      ]);
      const sw = await page.request.get('/sw.js');
      expect(sw.headers()['cache-control']).toBe('no-cache');
      // Every lazy route chunk is precached, so /converter opens offline too.
      const precached = await page.evaluate(async () => {
        const names = await caches.keys();
        const precache = names.find((n) => n.startsWith('workbox-precache'));
        return precache === undefined ? [] : (await (await caches.open(precache)).keys()).map((r) => new URL(r.url).pathname);
      });
      expect(precached).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest', '/icons/icon-maskable-512.png']));
      expect(precached.filter((p) => /^\/assets\/(ArticlePage|ConverterPage|SavedPage|CurrencyConverter)-.+\.js$/.test(p))).toHaveLength(4);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('offline after one visit', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('feed, visited section, opened and saved articles read offline with "as of"; others get the offline page; the banner follows the connection; lists refresh on return', async () => {
    const { page } = await openPage(browser, { width: 1280, height: 900 });
    const context: BrowserContext = page.context();
    const all = await api('/api/feed?limit=100', (v) => FeedPage.parse(v));
    // The oldest story is neither opened nor among the newest 30 downloaded in the background.
    const unopened = all.items.at(-1)!;
    const top = await api('/api/top-stories', (v) => ArticleList.parse(v));

    // One online visit: the feed, a section, an article read, another saved for later.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'News Feed' }).waitFor();
    await controlled(page);
    await expect.poll(() => cachedUrls(page, 'newswire-lists-v1'), { timeout: 15_000 }).toEqual(expect.arrayContaining(['/api/feed', '/api/top-stories']));
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Sport' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sport' }).waitFor();
    const sportStory = page.locator('.feed-rows h3 a').first();
    const readTitle = (await sportStory.textContent()) ?? '';
    await sportStory.click();
    await page.getByRole('heading', { level: 1, name: readTitle }).waitFor();
    const readUrl = new URL(page.url()).pathname;

    // Saved: one older than the 30 downloaded in the background, so offline it can only come from Saved for later.
    const toSave = all.items.slice(30, -1).find((item) => item.section !== 'sports' && item.image !== undefined)!;
    await page.goto(toSave.url);
    await page.getByRole('heading', { level: 1, name: toSave.title }).waitFor();
    await page.getByRole('button', { name: 'Save for later' }).click();
    await page.getByText(/^Saved for offline reading\. This browser/).waitFor();
    await page.getByRole('button', { name: 'Remove from saved' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Days later: the service worker's copy of the saved article is gone (after 20 other articles) and
    // so is the browser's HTTP cache; only the saved copy is left.
    await page.evaluate(async (url) => (await caches.open('newswire-articles-v1')).delete(url), `/api/articles/${String(toSave.id)}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();

    // Offline: the banner comes at once.
    await context.setOffline(true);
    await page.getByText('You are offline.').waitFor();

    const started = Date.now();
    await page.goto('/');
    await page.locator('.feed-rows h3 a').first().waitFor();
    const feedMs = Date.now() - started;
    console.log(`Offline reload of the News Feed: ${String(feedMs)} ms to the first story (goal: under 1 s)`);
    await page.locator('.feed').getByText(/^Copy on this device, as of /).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Top stories' }).waitFor();
    await page.getByText('You are offline.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Sport' }).click();
    await page.getByRole('link', { name: readTitle }).first().waitFor();
    await page.locator('.feed').getByText(/^Copy on this device, as of /).waitFor();

    await page.goto(readUrl);
    await page.getByRole('heading', { level: 1, name: readTitle }).waitFor();
    await page.getByText(/^Copy on this device, as of /).first().waitFor();

    await page.goto(toSave.url);
    await page.getByRole('heading', { level: 1, name: toSave.title }).waitFor();
    await page.getByText(/^Copy on this device, as of /).first().waitFor();
    expect(await page.locator('.article-photo img').getAttribute('src')).toMatch(/^blob:/);

    await page.goto(unopened.url);
    await page.getByRole('heading', { level: 1, name: 'You are offline' }).waitFor();
    await page.getByText('This article is not saved on this device').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Offline search runs over what this device keeps, and says so: the saved story is found.
    const savedWord = toSave.title.split(/\s+/).find((w) => /^[A-Za-z]{6,}$/.test(w)) ?? toSave.title.split(/\s+/)[0] ?? '';
    await page.goto(`/search?q=${encodeURIComponent(savedWord)}`);
    await page.getByText(/^You are offline, so this search covers only the \d+ stor(y|ies) kept on this device/).waitFor();
    await page.getByRole('region', { name: 'Search results' }).getByRole('link', { name: toSave.title }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Saved for later reads offline, and removing works offline too.
    await page.getByRole('link', { name: 'Saved for later' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Saved for later' }).waitFor();
    await page.getByRole('link', { name: toSave.title }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: `Remove “${toSave.title}” from saved` }).click();
    await page.getByText('Nothing saved yet.').waitFor();

    // Back online: the banner goes, Top stories are fetched afresh, the feed offers what arrived meanwhile.
    await page.goto('/');
    await page.locator('.feed-rows h3 a').first().waitFor();
    const store = serverStore();
    await store.insertArticle({
      section: 'world', title: 'Arrived while the reader was offline', lead: 'A story published during the flight.', datelinePlace: 'GENEVA',
      publishedAt: Date.now(), pages: ['<p>Text.</p>'], persons: [], topics: [], otherMedia: [], origin: 'feed',
    });
    const topAgain = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/top-stories' && r.status() === 200);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await context.setOffline(false);
    await page.getByText('You are offline.').waitFor({ state: 'detached' });
    await topAgain;
    await page.getByRole('heading', { level: 2, name: 'Top stories' }).waitFor();
    // The first request after reconnecting may still meet a dead connection (and get the copy): it is asked again.
    await expect.poll(() => page.locator('.top-stories').getByText(/^Copy on this device/).count(), { timeout: 25_000 }).toBe(0);
    await page.getByRole('link', { name: top.items[0]!.title }).first().waitFor();
    await page.getByRole('button', { name: /^1 new story$/ }).click();
    await page.getByRole('link', { name: 'Arrived while the reader was offline' }).waitFor();
    // Up to date again: the feed no longer calls itself a copy.
    await expect.poll(() => page.locator('.feed').getByText(/^Copy on this device/).count(), { timeout: 10_000 }).toBe(0);
    await context.close();
  });
});
