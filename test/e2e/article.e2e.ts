import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launchBrowser, openPage } from './browser';

describe('the article page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('feed → article → Read also → back → Share → Copy link', async () => {
    const { page, errors } = await openPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    // The newest story that has a "Read also" link (other tests may have added bare stories).
    const feed = (await (await fetch(`${baseUrl()}/api/feed?limit=20`)).json()) as { items: { id: number; title: string }[] };
    let title = '';
    for (const item of feed.items) {
      const article = (await (await fetch(`${baseUrl()}/api/articles/${String(item.id)}`)).json()) as { pages: string[] };
      if (article.pages.some((p) => p.includes('read-also'))) {
        title = item.title;
        break;
      }
    }
    await page.goto('/');
    const story = page.locator('.feed-rows article').getByRole('heading').getByRole('link', { name: title, exact: true });
    await story.click();
    const h1 = page.getByRole('heading', { level: 1 });
    await expect.poll(() => h1.textContent()).toBe(title);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const articleUrl = page.url();

    const readAlso = page.locator('.article-body .read-also a').first();
    const otherTitle = (await readAlso.textContent()) ?? '';
    await readAlso.click();
    await expect.poll(() => h1.textContent()).toBe(otherTitle);
    await expect.poll(() => page.title()).toBe(`${otherTitle} — Newswire`);

    await page.goBack();
    await expect.poll(() => h1.textContent()).toBe(title);
    expect(page.url()).toBe(articleUrl);

    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(articleUrl);
    const telegram = await page.getByRole('link', { name: /^Telegram/ }).getAttribute('href');
    expect(new URL(telegram ?? '').searchParams.get('url')).toBe(articleUrl);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 900 }]) {
    it(`has no axe violations at ${String(viewport.width)} px, with the share menu and Most read tabs`, async () => {
      const { page } = await openPage(browser, viewport);
      await page.goto('/');
      await page.locator('.feed-rows article a[href*="/"]').nth(1).waitFor();
      const href = (await page.locator('.feed-rows article h3 a').first().getAttribute('href')) ?? '/';
      await page.goto(href);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('tabpanel').getByRole('link').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Share' }).click();
      await page.getByRole('tab', { name: 'This week' }).click();
      expect(await axeViolations(page)).toEqual([]);
      const images = await page.locator('main img').evaluateAll((imgs) => imgs.map((i) => [i.getAttribute('alt'), i.getAttribute('width'), i.getAttribute('height')]));
      expect(images.length).toBeGreaterThan(0);
      for (const [alt, width, height] of images) {
        expect(alt).toBeTruthy();
        expect(Number(width)).toBeGreaterThan(0);
        expect(Number(height)).toBeGreaterThan(0);
      }
      await page.context().close();
    });
  }

  it('answers a link preview without JavaScript, and 404 for an unknown article', async () => {
    const feed = (await (await fetch(`${baseUrl()}/api/feed?limit=1`)).json()) as { items: { url: string; title: string }[] };
    const item = feed.items[0];
    const html = await (await fetch(`${baseUrl()}${item?.url ?? ''}`)).text();
    expect(html).toContain('<meta property="og:title"');
    expect(html).toContain(`<link rel="canonical" href="${baseUrl()}${item?.url ?? ''}" />`);
    expect((await fetch(`${baseUrl()}/world/999999999`)).status).toBe(404);
  });
});
