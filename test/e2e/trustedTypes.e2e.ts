import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISPLAY_STORAGE_KEY } from '../../src/contract/displayChoices';
import { baseUrl, launchBrowser } from './browser';

// The page's CSP enforces Trusted Types (`require-trusted-types-for 'script'`, `trusted-types` naming the
// app's policies): on every route, loaded from the server and reached by the app's own navigation, no
// `securitypolicyviolation` event fires and the console reports no CSP error. A negative check first
// shows that the listener hears a violation when there is one.

async function json<T>(path: string): Promise<T> {
  return (await (await fetch(`${baseUrl()}${path}`)).json()) as T;
}

async function routes(dataSaver: 'auto' | 'on'): Promise<{ path: string; ready: (page: Page) => Promise<unknown> }[]> {
  const feed = await json<{ items: { url: string }[] }>('/api/feed?limit=1');
  const topics = await json<{ topics: { slug: string }[] }>('/api/topics');
  const persons = await json<{ persons: { slug: string }[] }>('/api/persons');
  const galleries = await json<{ items: { url: string }[] }>('/api/galleries');
  const infographics = await json<{ items: { url: string }[] }>('/api/infographics');
  const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).first().waitFor();
  const stories = (page: Page) => page.locator('main a[data-story-link]').first().waitFor();
  // With the data saver, pictures wait behind buttons.
  const pictures = (page: Page) => (dataSaver === 'on' ? h1(page) : page.locator('main img').first().waitFor());
  return [
    { path: '/', ready: stories },
    { path: '/politics', ready: stories },
    { path: feed.items[0]?.url ?? '/', ready: (page) => page.getByRole('tabpanel').getByRole('link').first().waitFor() },
    { path: '/search?q=arctic', ready: stories },
    { path: '/topics', ready: h1 },
    { path: `/topics/${topics.topics[0]?.slug ?? ''}`, ready: stories },
    { path: '/persons', ready: h1 },
    { path: `/persons/${persons.persons[0]?.slug ?? ''}`, ready: stories },
    { path: '/galleries', ready: pictures },
    { path: galleries.items[0]?.url ?? '/galleries', ready: pictures },
    { path: '/infographics', ready: h1 },
    { path: infographics.items[0]?.url ?? '/infographics', ready: h1 },
    { path: '/converter', ready: (page) => page.locator('output').first().waitFor() },
    { path: '/saved', ready: h1 },
    { path: '/my', ready: h1 },
    { path: '/no-such-page', ready: (page) => page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor() },
  ];
}

// What Chromium prints for a CSP or Trusted Types refusal, and what DOMPurify warns when its policy cannot be made.
const CSP_MESSAGE = /Content Security Policy|Trusted ?Type|TrustedHTML|TrustedScript|policy .* could not be created/i;

interface Heard {
  violations: () => Promise<string[]>;
  console: string[];
}

/** A context whose pages record every securitypolicyviolation (from the first script on) and CSP console messages. */
async function listeningContext(browser: Browser, dataSaver: 'auto' | 'on'): Promise<{ context: BrowserContext; page: Page; heard: Heard }> {
  const context = await browser.newContext({ baseURL: baseUrl() });
  await context.addInitScript(
    ({ key, saver }) => {
      if (saver === 'on') localStorage.setItem(key, JSON.stringify({ dataSaver: 'on' }));
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
      });
    },
    { key: DISPLAY_STORAGE_KEY, saver: dataSaver },
  );
  const page = await context.newPage();
  const messages: string[] = [];
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && CSP_MESSAGE.test(m.text())) messages.push(m.text());
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { context, page, heard: { violations, console: messages } };
}

describe('Trusted Types', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the CSP enforces them, and the listener hears a plain string assigned to innerHTML (refused) and an unlisted policy', async () => {
    const { context, page, heard } = await listeningContext(browser, 'auto');
    const response = await page.goto('/');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).toMatch(/trusted-types dompurify newswire-service-worker newswire-deferred-images(;|$)/);
    const refused = await page.evaluate(() => {
      const outcomes: string[] = [];
      try {
        document.createElement('div').innerHTML = '<b>plain string</b>';
        outcomes.push('innerHTML took a string');
      } catch (error) {
        outcomes.push(error instanceof TypeError ? 'innerHTML refused' : String(error));
      }
      try {
        window.trustedTypes?.createPolicy('not-listed', { createHTML: (s: string) => s });
        outcomes.push('an unlisted policy was made');
      } catch (error) {
        outcomes.push(error instanceof TypeError ? 'unlisted policy refused' : String(error));
      }
      return outcomes;
    });
    expect(refused).toEqual(['innerHTML refused', 'unlisted policy refused']);
    await expect.poll(heard.violations).toHaveLength(2);
    const violations = await heard.violations();
    expect(violations[0]).toMatch(/^require-trusted-types-for/);
    expect(violations[1]).toMatch(/^trusted-types/);
    await expect.poll(() => heard.console.length).toBeGreaterThan(0);
    await context.close();
  });

  for (const dataSaver of ['auto', 'on'] as const) {
    it(`no route meets a violation, loaded or reached in the app (service worker registered; data saver ${dataSaver})`, async () => {
      const { context, page, heard } = await listeningContext(browser, dataSaver);
      const all = await routes(dataSaver);
      for (const { path, ready } of all) {
        await page.goto(path, { waitUntil: 'networkidle' });
        await ready(page);
        // The app's entry runs after the first paint, the route's own chunk after it: let them settle.
        await page.waitForTimeout(150);
        expect({ path, violations: await heard.violations(), console: heard.console }).toEqual({ path, violations: [], console: [] });
      }
      // The app registered its service worker (register() takes a TrustedScriptURL under the CSP).
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toMatch(/\/sw\.js$/);

      // The app's own navigation renders the article body on the client: HTML into the DOM as TrustedHTML.
      await page.goto('/', { waitUntil: 'networkidle' });
      const link = page.locator('main a[data-story-link]').first();
      const href = await link.getAttribute('href');
      await link.click();
      await page.waitForURL((url) => url.pathname === href);
      await page.locator('.article-body').first().waitFor();
      await page.waitForTimeout(300);
      expect(await page.locator('.article-body').first().innerHTML()).not.toBe('');
      // With the data saver, the body went through deferImages (its own policy): no picture in it loads.
      if (dataSaver === 'on') expect(await page.locator('.article-body img').count()).toBe(0);
      expect({ violations: await heard.violations(), console: heard.console }).toEqual({ violations: [], console: [] });
      await context.close();
    }, 180_000);
  }
});
