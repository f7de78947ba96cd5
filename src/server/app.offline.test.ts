import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestStore } from '../../test/testStore';
import { createApp } from './app';
import { previousAssetsDir } from './previousAssets';
import { renderPage } from './render/renderPage';

// What the service worker and tabs left open across a deploy need from the server.
describe('serving the app for offline use and updates', () => {
  let clientDir = '';
  let app: ReturnType<typeof createApp>;
  const page = (marker: string) =>
    `<!doctype html><html><head><!--page-head--><title>Newswire</title><!--/page-head--></head><body><div id="root"></div><script type="module" src="/assets/index-${marker}.js"></script></body></html>`;

  beforeEach(async () => {
    const root = mkdtempSync(join(tmpdir(), 'newswire-offline-'));
    clientDir = join(root, 'client');
    mkdirSync(join(clientDir, 'assets'), { recursive: true });
    writeFileSync(join(clientDir, 'index.html'), page('aaa'));
    writeFileSync(join(clientDir, 'assets', 'index-aaa.js'), 'console.log("a")');
    writeFileSync(join(clientDir, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    writeFileSync(join(clientDir, 'manifest.webmanifest'), '{"name":"Newswire"}');
    app = createApp({ store: (await createTestStore()).store, clientDir, renderPage });
  });

  it('sends sw.js, the manifest and the shell (index.html) with Cache-Control: no-cache, pages for a short while, hashed assets as immutable', async () => {
    for (const path of ['/sw.js', '/manifest.webmanifest', '/index.html']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
    }
    for (const path of ['/', '/politics', '/saved', '/converter']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=30, stale-while-revalidate=60, stale-if-error=86400');
    }
    expect((await app.request('/sw.js')).headers.get('content-type')).toMatch(/javascript/);
    expect((await app.request('/assets/index-aaa.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves a new build of index.html without a restart, and the last complete one while a build rewrites it', async () => {
    expect(await (await app.request('/politics')).text()).toContain('index-aaa.js');
    writeFileSync(join(clientDir, 'index.html'), page('bbb'));
    expect(await (await app.request('/politics')).text()).toContain('index-bbb.js');
    rmSync(join(clientDir, 'index.html'));
    const midBuild = await app.request('/politics');
    expect(midBuild.status).toBe(200);
    expect(await midBuild.text()).toContain('index-bbb.js');
  });

  it("serves earlier builds' hashed files from previous-assets, and still 404s files no build has", async () => {
    const previous = previousAssetsDir(clientDir);
    mkdirSync(join(previous, 'assets'), { recursive: true });
    writeFileSync(join(previous, 'assets', 'ArticlePage-old.js'), 'console.log("old chunk")');
    writeFileSync(join(previous, 'builds.json'), '{"builds":[]}');
    const old = await app.request('/assets/ArticlePage-old.js');
    expect(old.status).toBe(200);
    expect(await old.text()).toBe('console.log("old chunk")');
    expect(old.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/assets/index-aaa.js')).status).toBe(200);
    expect((await app.request('/assets/nowhere.js')).status).toBe(404);
    expect((await app.request('/builds.json')).status).toBe(404);
    expect((await app.request('/assets/../builds.json')).status).toBe(404);
  });
});
