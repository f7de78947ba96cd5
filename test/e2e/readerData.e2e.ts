import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage } from './browser';

// Follows, mutes, My News, read marks and Your data in Chromium: by keyboard, under axe at both widths
// and in both themes, offline, in step across tabs, and carried from one device (browser context) to
// another by the exported file.

async function axeAt(page: Page, what: string, views: readonly (readonly [number, 'light' | 'dark'])[]) {
  for (const [width, theme] of views) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    expect(await axeViolations(page), `${what} at ${String(width)} px, ${theme}`).toEqual([]);
  }
}

describe('follows, My News and Your data in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('follows a topic by keyboard, reads a story from My News, and carries it all to another device', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto('/topics/arctic-shipping', { waitUntil: 'networkidle' });
    const follow = page.getByRole('button', { name: 'Follow Arctic shipping' });
    await follow.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Following Arctic shipping' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('navigation', { name: 'Yours' }).getByRole('link', { name: 'My News' }).click();
    await page.getByRole('heading', { name: 'You follow 1 subject' }).waitFor();
    const stories = page.getByRole('region', { name: 'Newest stories' });
    const first = stories.locator('a[data-story-link]').first();
    const title = (await first.textContent()) ?? '';
    await first.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.goBack();
    await stories.getByRole('link', { name: `${title}, Read` }).waitFor();

    await axeAt(page, '/my', [[375, 'light'], [1280, 'dark']]);

    await page.goto('/data', { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Download your data' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your data' }).click()]);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'newswire-reader-data', version: 1, storage: { 'newswire.follows': [{ kind: 'topic', slug: 'arctic-shipping' }] } });
    await axeAt(page, '/data', [[375, 'dark'], [1280, 'light']]);
    expect(errors).toEqual([]);

    // Another device: a foreign file is refused, ours is imported.
    const other = await openPage(browser, { width: 375, height: 800 });
    await other.page.goto('/data', { waitUntil: 'networkidle' });
    const input = other.page.getByLabel('A Newswire data file');
    await input.setInputFiles({ name: 'bookmarks.json', mimeType: 'application/json', buffer: Buffer.from('{"bookmarks":[]}') });
    await other.page.getByText(/This is not a Newswire data file.*Nothing was changed\./).waitFor();
    await input.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
    await other.page
      .getByText(/^This file from .* holds: 0 saved articles, 1 follow, \d+ read marks?/)
      .waitFor()
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)}\nThe page said: ${await other.page.locator('main').innerText()}`);
      });
    await other.page.getByRole('button', { name: 'Import' }).click();
    await other.page.getByText(/^Imported \(merged with what was here\)/).waitFor();
    await other.page.getByRole('navigation', { name: 'Yours' }).getByRole('link', { name: 'My News' }).click();
    await other.page.getByRole('heading', { name: 'You follow 1 subject' }).waitFor();
    await other.page.getByRole('region', { name: 'Newest stories' }).getByRole('link', { name: `${title}, Read` }).waitFor();
    expect(other.errors).toEqual([]);
    await other.page.context().close();
    await page.context().close();
  }, 120_000);

  it('keeps saved articles and follows in step across open tabs', async () => {
    const { page, errors } = await openPage(browser);
    const other = await page.context().newPage();
    await other.goto('/saved', { waitUntil: 'networkidle' });
    await other.getByRole('heading', { name: '0 saved articles' }).waitFor();
    await page.goto('/topics/arctic-shipping', { waitUntil: 'networkidle' });
    const story = page.locator('a[data-story-link]').first();
    await story.click();
    await page.getByRole('button', { name: 'Save for later' }).click();
    await page.getByRole('button', { name: 'Remove from saved' }).waitFor();
    // The other tab learns of it by itself, without a reload.
    await other.getByRole('heading', { name: '1 saved article' }).waitFor();

    await other.goto('/my', { waitUntil: 'networkidle' });
    await other.getByText(/You follow nothing yet/).waitFor();
    await page.goto('/persons', { waitUntil: 'networkidle' });
    await page.locator('.tag-index a').first().click();
    const follow = page.getByRole('button', { name: /^Follow / });
    const name = ((await follow.getAttribute('aria-label')) ?? '').replace(/^Follow /, '');
    await follow.click();
    await other.getByRole('heading', { name: 'You follow 1 subject' }).waitFor();
    await other.getByRole('link', { name }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('mutes a word by keyboard after its live preview, in step with another tab, and keeps My News, the mutes and Your data offline', async () => {
    const { page, errors } = await openPage(browser, { width: 375, height: 900 });
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    await page.goto('/topics/arctic-shipping', { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Follow Arctic shipping' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Following Arctic shipping' }).waitFor();

    await page.goto('/my', { waitUntil: 'networkidle' });
    const stories = page.getByRole('region', { name: 'Newest stories' });
    const title = (await stories.locator('a[data-story-link]').first().textContent()) ?? '';
    const word = title.split(/[^\p{L}]+/u).filter((w) => w.length >= 5).sort((a, b) => b.length - a.length)[0] ?? '';
    expect(word).not.toBe('');
    // Another tab has the word's search open, before anything is muted.
    const other = await page.context().newPage();
    await other.goto(`/search?q=${encodeURIComponent(word)}`, { waitUntil: 'networkidle' });
    await other.getByRole('link', { name: title, exact: true }).waitFor();

    await page.getByRole('textbox', { name: 'Mute a word or phrase' }).focus();
    await page.keyboard.type(word);
    await page.getByText(new RegExp(`^Muting “${word}” would hide [1-9]\\d* of the newest \\d+ stories:$`)).waitFor();
    await axeAt(page, '/my with a mute\'s preview', [[375, 'light'], [1280, 'dark']]);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: `Unmute “${word}”` }).waitFor();
    await stories.getByText(/stor(y|ies) hidden by your mutes/).waitFor();
    expect(await stories.getByRole('link', { name: title, exact: true }).count()).toBe(0);
    await axeAt(page, '/my with a mute', [[375, 'dark'], [1280, 'light']]);
    // The other tab marks the story as muted by itself, without a reload.
    await other.getByRole('link', { name: `${title}, Muted` }).waitFor();

    // Offline: My News from the copy on this device, still without the muted story; the mutes and Your data work.
    await page.context().setOffline(true);
    await page.goto('/my');
    await page.getByRole('button', { name: `Unmute “${word}”` }).waitFor();
    await stories.getByText(/stor(y|ies) hidden by your mutes/).waitFor();
    await stories.getByText(/^Copy on this device, as of /).waitFor();
    await axeAt(page, '/my offline', [[375, 'light']]);
    await page.goto('/data');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your data' }).click()]);
    const file: unknown = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(file).toMatchObject({ storage: { 'newswire.mutes': [{ kind: 'word', phrase: word }], 'newswire.follows': [{ kind: 'topic', slug: 'arctic-shipping' }] } });
    await page.context().setOffline(false);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
