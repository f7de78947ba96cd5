import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from './browser';

// Every page is the app rendered by the server: with JavaScript off it is a plain web page whose links
// navigate and whose forms submit by GET.
describe('Newswire with JavaScript disabled', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('walks feed → story → More news → a section → two sections → search → a topic → a gallery photo → 100 USD in RUB', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseUrl(), viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();

    // The feed, and a story from it.
    await page.goto('/');
    const first = page.locator('.feed-rows h3 a').first();
    const headline = (await first.textContent()) ?? '';
    expect(headline).not.toBe('');
    await first.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(headline);
    expect(await page.locator('.article-body p').count()).toBeGreaterThan(0);

    // Back to the feed by the masthead, then More news: the next stories, after the cursor.
    await page.getByRole('link', { name: 'Newswire' }).first().click();
    const firstPage = await page.locator('.feed-rows h3 a').allTextContents();
    await page.getByRole('link', { name: 'More news' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('cursor')).toBe(true);
    const secondPage = await page.locator('.feed-rows h3 a').allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);

    // A section from the navigation.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'World' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('World');
    expect(await page.locator('.feed-rows h3 a').count()).toBeGreaterThan(0);

    // The feed filtered to two sections by its GET form.
    await page.goto('/');
    await page.locator('summary', { hasText: 'Filter sections' }).click();
    for (const label of ['Russian Politics & Diplomacy', 'World', 'Business & Economy', 'Military & Defense', 'Science & Space', 'Society & Culture', 'Sport', 'Press Review']) {
      const box = page.getByRole('checkbox', { name: label });
      if (['World', 'Sport'].includes(label)) await box.check();
      else await box.uncheck();
    }
    await page.getByRole('button', { name: 'Show these sections' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('sections')).toEqual(['world', 'sports']);
    expect(await page.locator('.section-filter-summary').textContent()).toContain('World, Sport');
    const sections = new Set(await page.locator('.feed-rows .feed-item-section').allTextContents());
    expect(sections.size).toBeGreaterThan(0);
    expect([...sections].filter((s) => s !== 'World' && s !== 'Sport')).toEqual([]);

    // News Search by its GET form, with a section filter.
    await page.goto('/search');
    await page.getByRole('searchbox', { name: 'Search news' }).fill('snow');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('snow');
    expect(await page.locator('mark').count()).toBeGreaterThan(0);

    // A topic, from the Topics index.
    await page.getByRole('link', { name: 'Topics' }).first().click();
    const topic = page.locator('main a[href^="/topics/"]').first();
    const topicName = ((await topic.textContent()) ?? '').replace(/\d+\s*stor(y|ies)$/, '').trim();
    await topic.click();
    await expect.poll(() => page.locator('h1').textContent()).toContain(topicName.slice(0, 10));
    expect(await page.locator('main h3 a, main li a[href*="/"]').count()).toBeGreaterThan(0);

    // A gallery photo: its link opens the photo, large, with its caption.
    await page.getByRole('link', { name: 'Photo galleries' }).click();
    await page.locator('main a[href^="/galleries/"]').first().click();
    await page.getByRole('link', { name: /^Photo 2 of/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('photo')).toBe('2');
    expect(await page.locator('dialog.lightbox[open] img').count()).toBe(1);
    expect(await page.locator('.lightbox-count').textContent()).toMatch(/^2 of \d+$/);

    // The converter converts on the server from its GET form.
    await page.goto('/converter');
    await page.getByLabel('Amount').fill('100');
    await page.getByLabel('From').selectOption('USD');
    await page.getByLabel('To').selectOption('RUB');
    await page.getByRole('button', { name: 'Convert', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('amount')).toBe('100');
    expect(await page.locator('output').first().textContent()).toMatch(/^100 USD = .*(RUB|₽)/);
    await context.close();
  });
});
