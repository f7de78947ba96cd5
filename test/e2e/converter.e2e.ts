import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { naughtyStrings } from '../fxCorpus';
import { launchBrowser, openPage } from './browser';

async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (include === undefined ? builder : builder.include(include)).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const output = (page: Page) => page.locator('output');

describe('the currency converter in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const width of [375, 1280]) {
    it(`opens from the header, converts, swaps, switches source, and leads to /converter (${String(width)} px)`, async () => {
      const { page, errors } = await openPage(browser, { width, height: 900 });
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: 'News Feed' }).waitFor();
      const button = page.getByRole('button', { name: 'Currency converter' });
      await button.click();

      const dialog = page.getByRole('dialog', { name: 'Currency converter' });
      await dialog.waitFor();
      const amount = dialog.getByRole('textbox', { name: 'Amount' });
      await expect.poll(() => amount.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect.poll(() => output(page).textContent()).toBe('100 USD = 7,972.96 RUB');
      expect(await axeViolations(page)).toEqual([]);

      await amount.fill('1 234,56');
      await expect.poll(() => output(page).textContent()).toBe('1,234.56 USD = 98,430.97 RUB');
      await amount.fill('1,234.56');
      await expect.poll(() => output(page).textContent()).toBe('1,234.56 USD = 98,430.97 RUB');
      await amount.fill('12abc');
      await expect.poll(() => amount.getAttribute('aria-invalid')).toBe('true');
      await dialog.getByText('Type an amount in digits').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await amount.fill('100');

      await dialog.getByRole('button', { name: 'Swap' }).click();
      await expect.poll(() => output(page).textContent()).toBe('100 RUB = 1.25 USD');
      await dialog.getByText('1 USD = 79.7296 RUB').waitFor();

      await dialog.getByRole('radio', { name: 'European Central Bank' }).check();
      // The bundled documents (RATES_REFRESH=off in these tests) are over a week old, and the converter says so.
      await dialog.getByText('Rates of 6 July 2026 — the newest this device has. Source: European Central Bank.').waitFor();
      await expect.poll(() => output(page).textContent()).toBe('No rate: the European Central Bank has published no Russian Ruble (RUB) rate after 1 March 2022.');
      await dialog.getByRole('combobox', { name: 'From' }).selectOption('JPY');
      await expect.poll(() => output(page).textContent()).toBe('100 JPY = 0.62 USD');
      expect(await axeViolations(page)).toEqual([]);

      // Esc closes the modal dialog and focus goes back to the button that opened it.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);

      // The choice is remembered: the page opens on the ECB with JPY → USD.
      await button.click();
      await page.getByRole('link', { name: 'Open the converter as a page' }).click();
      await page.getByRole('heading', { level: 1, name: 'Currency converter' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/converter');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      await expect.poll(() => output(page).textContent()).toBe('100 JPY = 0.62 USD');
      expect(await page.getByRole('radio', { name: 'European Central Bank' }).isChecked()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('answers a deep link to /converter and converts with saved rates when the API cannot be reached', async () => {
    const { page } = await openPage(browser, { width: 375, height: 800 });
    const response = await page.goto('/converter');
    expect(response?.status()).toBe(200);
    await expect.poll(() => output(page).textContent()).toBe('100 USD = 7,972.96 RUB');
    // The server's page converts before the app's script runs; once the app runs it keeps the page's rates on
    // the device. Wait for that, then a later page's converter asks the API itself, which is unreachable now.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('newswire.rates.cbr') !== null)).toBe(true);
    await page.route('**/api/rates*', (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    await page.getByRole('button', { name: 'Currency converter' }).click();
    await page.getByText('Offline — using rates of 13 December 2025 saved on this device.').waitFor();
    const amount = page.getByRole('dialog', { name: /Currency converter/ }).getByRole('textbox', { name: 'Amount' });
    await amount.fill('250');
    await expect.poll(() => output(page).textContent()).toBe('250 USD = 19,932.40 RUB');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('gives every naughty string typed into the field a result or a message, and stays responsive', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 900 });
    await page.goto('/converter');
    await expect.poll(() => output(page).textContent()).toBe('100 USD = 7,972.96 RUB');
    const amount = page.getByRole('textbox', { name: 'Amount' });
    const bad: string[] = [];
    for (const text of naughtyStrings()) {
      await amount.fill(text);
      const shown = await page.evaluate(() => {
        const result = document.querySelector('output')?.textContent ?? '';
        const input = document.querySelector('input[inputmode="decimal"]');
        const errorId = input?.getAttribute('aria-describedby')?.split(' ')[0] ?? '';
        return { result, error: document.getElementById(errorId)?.textContent ?? '', invalid: input?.getAttribute('aria-invalid') };
      });
      const fine = /^[\d,.]+ USD = [\d,.]+ RUB$/.test(shown.result) || (shown.invalid === 'true' && shown.error.length > 20) || shown.result === 'Type an amount to convert.';
      if (!fine || /NaN|Infinity|-0\b/.test(shown.result + shown.error)) bad.push(JSON.stringify(text));
    }
    expect(bad).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
