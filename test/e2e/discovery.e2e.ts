import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage } from './browser';

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

describe('Search, Topics, galleries and infographics in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('searches from the header to a result (desktop)', async () => {
    const { page, errors } = await openPage(browser, DESKTOP);
    await page.goto('/');
    const field = page.getByRole('banner').getByRole('searchbox', { name: 'Search news' });
    await field.fill('icebreaker');
    await field.press('Enter');
    await page.waitForURL(/\/search\?q=icebreaker$/);
    const results = page.getByRole('region', { name: 'Search results' });
    await results.getByRole('status').filter({ hasText: /results? for “icebreaker”/ }).waitFor();
    expect(await results.locator('mark').count()).toBeGreaterThan(0);
    const first = results.getByRole('heading', { level: 2 }).first().getByRole('link');
    const title = await first.textContent();
    await first.click();
    await page.getByRole('heading', { level: 1, name: title ?? '' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens the header search with its button on a phone, and Escape hides it again', async () => {
    const { page } = await openPage(browser, PHONE);
    await page.goto('/');
    const toggle = page.getByRole('banner').getByRole('button', { name: 'Search' }).first();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const field = page.getByRole('banner').getByRole('searchbox', { name: 'Search news' });
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await field.isVisible()).toBe(false);
    await toggle.click();
    await field.fill('wheat');
    await field.press('Enter');
    await page.waitForURL(/\/search\?q=wheat$/);
    await page.getByRole('region', { name: 'Search results' }).getByRole('status').filter({ hasText: /results? for “wheat”/ }).waitFor();
    await page.context().close();
  });

  it('shows a topic page with its stories, reached from an article tag', async () => {
    const { page } = await openPage(browser, DESKTOP);
    await page.goto('/topics');
    await page.getByRole('list', { name: 'Topics' }).getByRole('link', { name: 'Arctic shipping' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arctic shipping' }).waitFor();
    const story = page.getByRole('heading', { level: 2 }).first().getByRole('link');
    await story.click();
    await page.locator('h1').waitFor();
    await page.getByRole('link', { name: 'Arctic shipping' }).click();
    await page.waitForURL(/\/topics\/arctic-shipping$/);
    await page.getByRole('heading', { level: 1, name: 'Arctic shipping' }).waitFor();
    await page.context().close();
  });

  it('moves through a gallery with the keyboard; Escape closes and returns focus to the opener', async () => {
    const { page, errors } = await openPage(browser, DESKTOP);
    await page.goto('/galleries');
    await page.locator('.gallery-card h2 a').first().click();
    const thumbs = page.getByRole('link', { name: /^Photo \d+ of \d+: / });
    await thumbs.first().waitFor();
    const count = await thumbs.count();
    await thumbs.nth(1).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByText(`2 of ${String(count)}`).waitFor();
    expect(page.url()).toMatch(/\?photo=2$/);
    await page.keyboard.press('ArrowRight');
    await dialog.getByText(`3 of ${String(count)}`).waitFor();
    expect(page.url()).toMatch(/\?photo=3$/);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await dialog.getByText(`${String(count)} of ${String(count)}`).waitFor();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    }
    // A shared link opens the same photo.
    const shared = page.url();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(page.url()).not.toContain('photo=');
    expect(await thumbs.nth(count - 1).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.goto(shared);
    await page.getByRole('dialog').getByText(`${String(count)} of ${String(count)}`).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves to the next photo with a swipe', async () => {
    const { page } = await openPage(browser, PHONE);
    await page.goto('/galleries');
    await page.locator('.gallery-card h2 a').first().click();
    await page.getByRole('link', { name: /^Photo 1 of \d+: / }).click();
    const photo = page.getByRole('dialog').getByRole('img');
    await photo.waitFor();
    const box = await photo.boundingBox();
    if (box === null) throw new Error('the photo has no box');
    const y = box.y + box.height / 2;
    await photo.dispatchEvent('pointerdown', { clientX: box.x + box.width * 0.8, clientY: y, pointerType: 'touch', isPrimary: true });
    await photo.dispatchEvent('pointerup', { clientX: box.x + box.width * 0.2, clientY: y + 5, pointerType: 'touch', isPrimary: true });
    await page.getByRole('dialog').getByText(/^2 of \d+$/).waitFor();
    await page.context().close();
  });

  for (const viewport of [PHONE, DESKTOP]) {
    it(`has no axe violations on search, topic, gallery with the lightbox open and infographic pages at ${String(viewport.width)} px`, async () => {
      const { page, errors } = await openPage(browser, viewport);
      const check = async (label: string) => expect(await axeViolations(page), label).toEqual([]);

      await page.goto('/search?q=arctic&sections=economy,world');
      await page.getByRole('region', { name: 'Search results' }).getByRole('status').filter({ hasText: /results? for/ }).waitFor();
      await check('search');
      await page.goto('/search?q=zzqxv');
      await page.getByRole('heading', { name: 'No stories match “zzqxv”' }).waitFor();
      await check('search, no results');
      await page.goto('/topics');
      await page.getByRole('list', { name: 'Topics' }).waitFor();
      await check('topics');
      await page.goto('/topics/arctic-shipping');
      await page.getByRole('heading', { level: 1, name: 'Arctic shipping' }).waitFor();
      await check('topic');
      await page.goto('/persons/irina-lavrentyeva');
      await page.getByRole('heading', { level: 1, name: 'Irina Lavrentyeva' }).waitFor();
      await check('person');
      await page.goto('/galleries');
      await page.locator('.gallery-card h2 a').first().waitFor();
      await check('galleries');
      await page.locator('.gallery-card h2 a').first().click();
      await page.getByRole('link', { name: /^Photo 1 of \d+: / }).click();
      await page.getByRole('dialog').getByRole('img').waitFor();
      await check('gallery with the lightbox open');
      await page.goto('/infographics');
      await page.locator('.infographic-card h2 a').first().click();
      await page.getByRole('heading', { name: 'Text version' }).waitFor();
      await check('infographic');
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await check('infographic zoomed');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
