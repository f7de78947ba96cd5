import { spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { freePort, startServer } from './server';

// A deploy while the app is open: build A is running in two tabs, build B (the browser's files and the
// server's renderer) is built into the same directories of a running server (no restart), the tabs offer the new version, one reloads into it,
// and the other, still running A, keeps working — its lazy chunks come from the earlier build's files.

const footerVersion = (page: Page) => page.locator('.site-footer').getByText(/^Version /).textContent();

describe('a new version deployed while the app is open', () => {
  let browser: Browser;
  let server: ChildProcess;
  let root = '';
  let clientDir = '';
  let serverDir = '';
  let base = '';

  beforeAll(async () => {
    // Inside the project: the server's renderer build resolves its packages from node_modules up the tree.
    root = mkdtempSync(join('dist', '.update-test-'));
    clientDir = join(root, 'dist', 'client');
    serverDir = join(root, 'dist', 'server');
    cpSync('dist/client', clientDir, { recursive: true }); // build A: the one `npm run test:e2e` made
    cpSync('dist/server', serverDir, { recursive: true });
    const port = await freePort();
    base = `http://localhost:${String(port)}`;
    server = await startServer({ port, databasePath: join(root, 'update.db'), clientDir, serverDir });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    server.kill('SIGTERM');
    rmSync(root, { recursive: true, force: true });
  });

  it('offers "A new version is available — Reload", runs B after Reload, and a tab still on A loads its lazy chunks without a 404', async () => {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
    const oldTab = await context.newPage();
    const missing: string[] = [];
    oldTab.on('response', (r) => {
      if (r.status() >= 400) missing.push(`${String(r.status())} ${r.url()}`);
    });
    await oldTab.goto('/');
    await oldTab.getByRole('heading', { level: 1, name: 'News Feed' }).waitFor();
    await oldTab.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    const versionA = await footerVersion(oldTab);

    // Build B: the browser's files, then the server's renderer (both with B's version).
    const env = { ...process.env, NODE_ENV: 'production', NEWSWIRE_VERSION: 'B-update-test' }; // vitest sets NODE_ENV=test
    const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'error', '--outDir', clientDir, '--emptyOutDir'], { env, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const renderer = spawnSync('node_modules/.bin/vite', ['build', '--ssr', 'src/server/render/renderPage.tsx', '--logLevel', 'error', '--outDir', serverDir, '--emptyOutDir'], { env, encoding: 'utf8' });
    expect(renderer.status, renderer.stderr).toBe(0);

    // The browser looks for a new sw.js (as it does on navigations and every day): both tabs are told.
    await oldTab.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await oldTab.getByText('A new version is available —').waitFor({ timeout: 20_000 });
    const newTab = await context.newPage();
    await newTab.goto('/');
    await newTab.getByRole('heading', { level: 1, name: 'News Feed' }).waitFor();
    expect(await footerVersion(newTab)).toBe(versionA); // still A until the reader chooses to reload
    await newTab.getByText('A new version is available —').waitFor({ timeout: 20_000 });

    await newTab.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => footerVersion(newTab), { timeout: 20_000 }).toBe('Version B-update-test');
    expect(await newTab.getByText('A new version is available —').count()).toBe(0);

    // The old tab still runs A, now under B's service worker: a page it never opened loads A's chunk.
    expect(await footerVersion(oldTab)).toBe(versionA);
    await oldTab.getByRole('link', { name: 'Saved for later' }).click();
    await oldTab.getByRole('heading', { level: 1, name: 'Saved for later' }).waitFor();
    await oldTab.getByRole('link', { name: 'Currency converter' }).or(oldTab.getByRole('button', { name: 'Currency converter' })).first().click();
    await oldTab.getByRole('dialog', { name: 'Currency converter' }).getByText(/ = /).first().waitFor();
    expect(missing).toEqual([]);
    await oldTab.keyboard.press('Escape');
    await oldTab.getByRole('dialog').waitFor({ state: 'detached' });
    await oldTab.getByText('A new version is available —').waitFor();
    await oldTab.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => footerVersion(oldTab), { timeout: 20_000 }).toBe('Version B-update-test');
    await context.close();
  });
});
