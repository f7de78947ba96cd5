import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launchBrowser, openPage } from './browser';

// The accessibility gate: axe-core reports nothing on any route, on a phone and a laptop, in the
// light and the dark theme.

async function json<T>(path: string): Promise<T> {
  return (await (await fetch(`${baseUrl()}${path}`)).json()) as T;
}

async function routes(): Promise<{ path: string; ready: (page: Page) => Promise<unknown> }[]> {
  const feed = await json<{ items: { url: string }[] }>('/api/feed?limit=1');
  const topics = await json<{ topics: { slug: string }[] }>('/api/topics');
  const persons = await json<{ persons: { slug: string }[] }>('/api/persons');
  const galleries = await json<{ items: { url: string }[] }>('/api/galleries');
  const infographics = await json<{ items: { url: string }[] }>('/api/infographics');
  const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).first().waitFor();
  const stories = (page: Page) => page.locator('main a[data-story-link]').first().waitFor();
  return [
    { path: '/', ready: stories },
    { path: '/politics', ready: stories },
    { path: feed.items[0]?.url ?? '/', ready: (page) => page.getByRole('tabpanel').getByRole('link').first().waitFor() },
    { path: '/search?q=arctic', ready: stories },
    { path: '/topics', ready: h1 },
    { path: `/topics/${topics.topics[0]?.slug ?? ''}`, ready: stories },
    { path: `/persons/${persons.persons[0]?.slug ?? ''}`, ready: stories },
    { path: '/galleries', ready: (page) => page.locator('main img').first().waitFor() },
    { path: galleries.items[0]?.url ?? '/galleries', ready: (page) => page.locator('main img').first().waitFor() },
    { path: '/infographics', ready: h1 },
    { path: infographics.items[0]?.url ?? '/infographics', ready: h1 },
    { path: '/converter', ready: (page) => page.locator('output').first().waitFor() },
    { path: '/saved', ready: h1 },
    { path: '/my', ready: h1 },
    { path: '/no-such-page', ready: (page) => page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor() },
  ];
}

describe('accessibility gate', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 900 }]) {
      it(`every route has no axe violations at ${String(viewport.width)} px in the ${theme} theme`, async () => {
        const { page, errors } = await openPage(browser, viewport);
        await page.addInitScript((t) => localStorage.setItem('newswire.display', JSON.stringify({ theme: t })), theme);
        const failures: string[] = [];
        for (const route of await routes()) {
          await page.goto(route.path);
          await route.ready(page);
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
          failures.push(...(await axeViolations(page)).map((v) => `${route.path}: ${v}`));
        }
        expect(failures).toEqual([]);
        expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
        await page.context().close();
      }, 180_000);
    }
  }
});
