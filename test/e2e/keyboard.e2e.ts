import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

// Tab until the focused element matches, failing after `limit` presses.
async function tabTo(page: Page, matches: (el: { tag: string; name: string; role: string | null }) => boolean, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement;
      return { tag: a?.tagName ?? '', name: (a?.getAttribute('aria-label') ?? a?.textContent ?? '').trim(), role: a?.getAttribute('role') ?? null };
    });
    if (matches(el)) return;
  }
  throw new Error('the element was not reached by Tab');
}

describe('reading with the keyboard only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('feed → filter → article → share → converter, without a mouse', async () => {
    const { page, errors } = await openPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await page.goto('/');
    await page.locator('a[data-story-link]').first().waitFor();

    // Filter: only Sport.
    await tabTo(page, (el) => el.tag === 'SUMMARY' && el.name.startsWith('Filter sections'));
    await page.keyboard.press('Enter');
    const boxes = ['Russian Politics & Diplomacy', 'World', 'Business & Economy', 'Military & Defense', 'Science & Space', 'Society & Culture', 'Press Review'];
    await page.keyboard.press('Tab');
    for (let i = 0; i < 8; i++) {
      const name = await page.evaluate(() => document.activeElement?.closest('label')?.textContent.trim() ?? '');
      if (boxes.includes(name)) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
    await expect.poll(() => new URL(page.url()).search).toBe('?sections=sports');

    // Read the first Sport story: j moves to it, o opens it; the headline takes focus.
    await page.locator('a[data-story-link][href^="/sports/"]').first().waitFor();
    await page.keyboard.press('j');
    // Keyboard reading loads with the first key press, then handles it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-story-link'))).toBe(true);
    const title = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('o');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);

    // Share → Copy link.
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.name === 'Share');
    await page.keyboard.press('Enter');
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.name === 'Copy link');
    await page.keyboard.press('Enter');
    await page.getByText('Link copied').waitFor();
    await page.keyboard.press('Escape');

    // The currency converter from the masthead: Shift+Tab back up to it.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Shift+Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
      if (name.includes('Currency converter')) break;
    }
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Currency converter/ });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('inputmode') ?? document.activeElement?.tagName)).toMatch(/decimal|INPUT/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('250');
    await expect.poll(() => dialog.locator('output').first().textContent()).toMatch(/^250 USD = [\d,.]+ RUB$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // u goes back to the list.
    await page.keyboard.press('u');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
