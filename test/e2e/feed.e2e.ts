import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, serverStore } from './browser';

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

describe('News Feed in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const viewport of [PHONE, DESKTOP]) {
    it(`has no axe violations on / and a section page at ${String(viewport.width)} px`, async () => {
      const { page, errors } = await openPage(browser, viewport);
      for (const path of ['/', '/science']) {
        await page.goto(path);
        await page.locator('.feed-rows h3 a').first().waitFor();
        expect(await axeViolations(page), path).toEqual([]);
        expect(await page.locator('h1').count(), path).toBe(1);
      }
      if (viewport === PHONE) {
        await page.getByRole('button', { name: 'Sections' }).click();
        expect(await axeViolations(page), 'open phone menu').toEqual([]);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('loads the next page by itself when the end of the list comes into view, until a clear end', async () => {
    const { page } = await openPage(browser, DESKTOP);
    await page.goto('/');
    await page.locator('.feed-rows h3 a').first().waitFor();
    const end = page.getByText('You have reached the end of the feed.');
    for (let i = 0; i < 20 && !(await end.isVisible()); i++) {
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(150);
    }
    await end.waitFor();
    // Every story of the demo corpus, once each (a list this short is not virtualised: see FeedList.test.tsx).
    const links = await page.locator('.feed-rows h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThanOrEqual(48);
    expect(new Set(links).size).toBe(links.length);
    await page.context().close();
  });

  it('filters by keyboard, shows the filter in the URL and keeps it after a reload', async () => {
    const { page } = await openPage(browser, DESKTOP);
    await page.goto('/');
    await page.locator('summary', { hasText: 'Filter sections' }).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('group', { name: 'Sections in your feed' });
    for (const name of ['Russian Politics & Diplomacy', 'World', 'Business & Economy', 'Military & Defense', 'Society & Culture', 'Sport', 'Press Review']) {
      await panel.getByRole('checkbox', { name }).focus();
      await page.keyboard.press('Space');
    }
    await expect.poll(() => new URL(page.url()).search).toBe('?sections=science');
    await page.reload();
    await page.locator('.feed-rows h3 a').first().waitFor();
    const hrefs = await page.locator('.feed-rows h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h?.startsWith('/science/'))).toBe(true);
    await page.goto('/');
    await expect.poll(() => new URL(page.url()).search).toBe('?sections=science');
    await page.context().close();
  });

  it('inserts new stories at the top without moving the story the reader is looking at', async () => {
    const { page } = await openPage(browser, DESKTOP);
    await page.goto('/');
    await page.locator('.feed-rows h3 a').first().waitFor();
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(300);
    // The first story fully in view, and where it is on screen.
    const watched = page.locator('.feed-rows > li[data-key^="story-"]').filter({ has: page.locator('h3') });
    const keys = await watched.evaluateAll((rows) => rows.filter((r) => r.getBoundingClientRect().top > 60).map((r) => r.getAttribute('data-key')));
    const key = keys[0] ?? '';
    const before = (await page.locator(`li[data-key="${key}"]`).boundingBox())?.y ?? NaN;

    const store = serverStore();
    const now = Date.now();
    for (let i = 1; i <= 3; i++) {
      await store.insertArticle({
        section: 'world', title: `Arriving story ${String(i)}`, lead: 'It arrived while the reader was reading.', datelinePlace: 'GENEVA',
        publishedAt: now + i * 1000, pages: ['<p>Text.</p>'], persons: [], topics: [], otherMedia: [], origin: 'feed',
      });
    }
    // The tab regains focus: the feed checks for new stories.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    const button = page.getByRole('button', { name: '3 new stories' });
    await button.waitFor();
    await button.click();
    await page.getByRole('link', { name: 'Arriving story 3' }).waitFor({ state: 'attached' });
    await page.waitForTimeout(200);
    const after = (await page.locator(`li[data-key="${key}"]`).boundingBox())?.y ?? NaN;
    expect(Math.abs(after - before)).toBeLessThanOrEqual(2);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: 'Arriving story 3' }).waitFor();
    const first = await page.locator('.feed-rows h3 a').first().textContent();
    expect(first).toBe('Arriving story 3');
    await page.context().close();
  });
});
