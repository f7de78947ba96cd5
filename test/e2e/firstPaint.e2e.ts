import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

// The server draws the page into its HTML (src/server/html/pagePreview.ts) so that the reader sees
// the news while the app's script downloads; the app then takes its place. Here the app's script is
// held back, as a slow line would, to look at the page before the app runs.

/** Holds the app's entry chunk back until the returned function is called. */
async function holdApp(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Records whether a loading placeholder is ever on screen (in the visible #root) during the handover. */
async function recordPlaceholders(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = () => {
      if (document.querySelector('#root:not([inert]) .skeleton') !== null) document.documentElement.dataset.sawPlaceholder = 'yes';
    };
    new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

const sawPlaceholder = (page: Page) => page.evaluate(() => document.documentElement.dataset.sawPlaceholder === 'yes');

const appStarted = (page: Page) => page.evaluate(() => document.querySelector('[data-story-link]') !== null || document.querySelector('.app-pending') !== null);

describe('the first paint from the server', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the news before the app runs, then hands the page over to the app without a placeholder', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await recordPlaceholders(page);
    const release = await holdApp(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    const preview = page.locator('#root[inert]');
    await preview.getByRole('heading', { level: 1, name: 'News Feed' }).waitFor();
    expect(await preview.locator('.feed-item-title a').count()).toBe(20);
    expect(await preview.locator('.top-lead-title').isVisible()).toBe(true);
    expect(await appStarted(page)).toBe(false);

    release();
    await page.locator('[data-story-link]').first().waitFor();
    await expect.poll(() => page.locator('#root').count()).toBe(1);
    expect(await page.locator('#root[inert], .app-pending').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('News Feed');
    await page.locator('.top-lead-title').waitFor();
    expect(await sawPlaceholder(page)).toBe(false);
    expect(errors).toEqual([]); // a style or script refused by the Content-Security-Policy would show here
    await page.context().close();
  });

  it('hands an article over only when the top stories beside it are drawn too', async () => {
    const { page, errors } = await openPage(browser);
    const story = (await (await page.request.get('/api/feed?limit=1')).json()) as { items: { url: string; title: string }[] };
    const first = story.items[0];
    if (first === undefined) throw new Error('no story');
    await recordPlaceholders(page);
    const release = await holdApp(page);
    await page.route('**/api/top-stories', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000)); // well after the article itself
      await route.continue();
    });
    await page.goto(first.url, { waitUntil: 'domcontentloaded' });
    await page.locator('#root[inert] .article-title').waitFor();
    release();
    await page.locator('#root:not([inert]) .top-lead-title').waitFor();
    expect(await page.locator('#root:not([inert]) .article-title').textContent()).toBe(first.title);
    expect(await sawPlaceholder(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("is drawn in the reader's theme and text size, and not at all for a reader in another city", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto('/politics');
    await page.locator('[data-story-link]').first().waitFor();
    await page.evaluate(() => localStorage.setItem('newswire.display', JSON.stringify({ theme: 'dark', textSize: 'largest' })));
    await page.reload(); // the app tells the server (a cookie) about the choices it finds
    await page.locator('[data-story-link]').first().waitFor();

    const release = await holdApp(page);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.locator('#root[inert] .feed-item-title').first().waitFor();
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.dataset.textSize])).toEqual(['dark', 'largest']);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    release();
    await page.locator('[data-story-link]').first().waitFor();

    await page.evaluate(() => localStorage.setItem('newswire.city', JSON.stringify({ kind: 'city', id: 'london', name: 'London', timeZone: 'Europe/London' })));
    await page.reload();
    await page.locator('[data-story-link]').first().waitFor();
    const releaseAgain = await holdApp(page);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(300);
    expect(await page.locator('#root').evaluate((root) => root.childElementCount)).toBe(0); // Moscow times would be wrong
    releaseAgain();
    await page.locator('[data-story-link]').first().waitFor();
    expect(await page.locator('.city-button-name').textContent()).toBe('London');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
