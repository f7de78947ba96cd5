import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

describe('a reader in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens the feed, follows a story, and reloads it', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'News Feed' }).waitFor();
    const feed = page.getByRole('region', { name: 'News Feed' });
    const firstStory = feed.getByRole('article').first().getByRole('heading').getByRole('link');
    const title = (await firstStory.textContent()) ?? '';
    expect(title.length).toBeGreaterThan(10);
    await firstStory.click();

    const headline = page.getByRole('heading', { level: 1 });
    await expect.poll(() => headline.textContent()).toBe(title);
    expect(page.url()).toMatch(/\/[a-z]+\/\d+$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the app\'s own page for an unknown address', async () => {
    const { page } = await openPage(browser);
    const response = await page.goto('/politics/999999999');
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.context().close();
  });
});
