import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const MINUS = '\u2212';

/** "HH:MM" in a zone, worked out in the test process (not by the app). */
function clockIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/** What the feed's times read as in the accessibility tree: "- time: 5 minutes ago, November 28, 13:01 UTC+3". */
async function feedTimes(page: Page): Promise<string[]> {
  const feed = page.getByRole('region', { name: 'News Feed' });
  await feed.getByRole('listitem').first().waitFor();
  const snapshot = await feed.ariaSnapshot();
  return [...snapshot.matchAll(/- time: (.+)$/gm)].map((m) => m[1]!);
}

async function clockText(page: Page): Promise<string> {
  return (await page.getByRole('banner').ariaSnapshot()).match(/- time: "?([^"\n]+)"?/)?.[1] ?? '';
}

async function expectNoAxeViolations(page: Page, when: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, when).toEqual([]);
}

describe('Select the city in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('chooses New York by keyboard: feed times and clock change, the choice survives a reload', async () => {
    const { page, errors } = await openPage(browser);
    await page.clock.install({ time: new Date() });
    await page.goto('/');
    const moscow = await feedTimes(page);
    expect(moscow.length).toBeGreaterThan(0);
    for (const t of moscow) expect(t).toMatch(/^(\d+ minutes? ago, |\d+ hours? ago, |just now, )?[A-Z][a-z]+ \d{1,2}, \d{2}:\d{2} UTC\+3$/);
    expect(moscow.some((t) => / ago, /.test(t))).toBe(true);
    expect(await clockText(page)).toMatch(/^Time in Moscow: \d{2}:\d{2} UTC\+3$/);

    // Keyboard only: Tab to the button, open the dialog, arrow to the next city, then find New York.
    const button = page.getByRole('button', { name: 'Select the city: Moscow' });
    for (let i = 0; i < 8 && !(await button.evaluate((b) => b === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await expect.poll(() => button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Select the city' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('radio').count()).toBeGreaterThanOrEqual(31);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('label')?.textContent ?? '')).toMatch(/^Moscow/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => dialog.getByRole('radio', { name: /^Kaliningrad/ }).isChecked()).toBe(true);
    expect(await dialog.isVisible()).toBe(true);
    await expect.poll(async () => (await feedTimes(page))[0]).toMatch(/UTC\+2$/);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('New York');
    await expect.poll(() => dialog.getByRole('radio').count()).toBe(1);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const chosen = page.getByRole('button', { name: 'Select the city: New York' });
    await expect.poll(() => chosen.evaluate((b) => b === document.activeElement)).toBe(true);

    const offset = new RegExp(`UTC${MINUS}[45]$`);
    for (const t of await feedTimes(page)) expect(t).toMatch(offset);
    const clock = await clockText(page);
    expect(clock).toMatch(new RegExp(`^Time in New York: \\d{2}:\\d{2} UTC${MINUS}[45]$`));
    expect(clock).toContain(clockIn('America/New_York', new Date(await page.evaluate(() => Date.now()))));

    // A minute later the clock and the ages have moved on.
    const ages = await feedTimes(page);
    await page.clock.fastForward('01:00');
    await expect.poll(() => clockText(page)).not.toBe(clock);
    expect(await clockText(page)).toContain(clockIn('America/New_York', new Date(await page.evaluate(() => Date.now()))));
    expect(await feedTimes(page)).not.toEqual(ages);

    await page.reload();
    await page.getByRole('button', { name: 'Select the city: New York' }).waitFor();
    for (const t of await feedTimes(page)) expect(t).toMatch(offset);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('closes with Escape, and says why when the list of cities cannot be fetched', async () => {
    const { page } = await openPage(browser);
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('newswire.city', JSON.stringify({ kind: 'city', id: 'kathmandu', name: 'Kathmandu', timeZone: 'Asia/Kathmandu' })));
    await page.route('**/api/cities', (route) => route.abort('internetdisconnected'));
    await page.reload();
    // The choice lives in this browser only (no cookie yet): the server draws Moscow's times and the
    // hydrated app applies Kathmandu. Wait for that, as a reader would see it, before reading the times.
    const button = page.getByRole('button', { name: 'Select the city: Kathmandu' });
    await button.waitFor();
    for (const t of await feedTimes(page)) expect(t).toMatch(/UTC\+5:45$/);
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Select the city' });
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(/The list of cities is unavailable.*cannot reach its server/);
    expect(await dialog.getByRole('radio', { name: /^Kathmandu/ }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('shows the whole name of Moscow in the masthead of a 320 px phone, with every tool beside it', async () => {
    const { page } = await openPage(browser, { width: 320, height: 640 });
    await page.goto('/');
    await feedTimes(page);
    const name = page.locator('.city-button-name');
    expect(await name.textContent()).toBe('Moscow');
    expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true); // no ellipsis
    for (const tool of [/^Search$/, /^Currency converter$/, /^Display/]) expect(await page.getByRole('banner').getByRole('button', { name: tool }).first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    await page.context().close();
  });

  for (const width of [375, 1280]) {
    it(`has no axe violations at ${String(width)} px, with the picker closed and open`, async () => {
      const { page } = await openPage(browser, { width, height: 800 });
      await page.goto('/');
      await feedTimes(page);
      await expectNoAxeViolations(page, `feed at ${String(width)} px`);
      await page.getByRole('button', { name: /^Select the city/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Select the city' });
      await expect.poll(() => dialog.getByRole('radio').count()).toBeGreaterThanOrEqual(31);
      await expectNoAxeViolations(page, `picker at ${String(width)} px`);
      await page.context().close();
    });
  }
});
