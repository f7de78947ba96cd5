import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../test/testStore';
import { Article } from '../contract/schemas';
import { createApp } from './app';
import type { Store } from './store/createStore';

// The server of `npm start`: the built client with deep links, next to the API.
describe('serving the built app', () => {
  let app: ReturnType<typeof createApp>;
  let articlePath = '';
  let store: Store;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newswire-client-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html><head><!--page-head--><title>Newswire</title><meta name="description" content="Default" /><!--/page-head--></head><body><div id="root"></div><script type="module" src="/assets/index-abc.js"></script></body></html>',
    );
    writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log("app")');
    ({ store } = createTestStore());
    app = createApp({ store, clientDir: dir });
    const feed = (await (await app.request('/api/feed?limit=1')).json()) as { items: { url: string }[] };
    articlePath = feed.items[0]?.url ?? '';
  });

  it('answers app routes with index.html and a CSP that allows no inline script', async () => {
    for (const path of ['/', '/politics', '/sports/', articlePath, '/search?q=oil', '/topics', '/converter']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toMatch(/<div id="root"( inert)?>/);
    }
  });

  it('answers unknown pages and unknown article ids with the app and a 404 status', async () => {
    for (const path of ['/no-such-page', '/politics/999999999', '/politics/abc', '/world/1/2/3']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it('serves hashed assets for a year and never answers a missing file or /api with HTML', async () => {
    const asset = await app.request('/assets/index-abc.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const missing = await app.request('/assets/index-old.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).not.toMatch(/html/);
    const api = await app.request('/api/no-such-endpoint');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('gives article pages their own title, description, canonical link and preview tags, escaped', async () => {
    const article = Article.parse(await (await app.request(`/api${articlePath.replace(/^\/[a-z]+/, '/articles')}`)).json());
    const html = await (await app.request(articlePath)).text();
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(html).toContain(`<title>${escape(article.title)} — Newswire</title>`);
    expect(html).toContain(`<meta name="description" content="${escape(article.lead)}" />`);
    expect(html).toContain(`<link rel="canonical" href="http://localhost${articlePath}" />`);
    expect(html).toContain('<meta property="og:type" content="article" />');
    expect(html).toMatch(/<meta property="og:image" content="http:\/\/localhost\/images\/demo\/[a-z-]+-1200\.webp" \/>/);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).not.toContain('content="Default"');
    expect((await (await app.request('/sports')).text())).toContain('<title>Sport — Newswire</title>');
  });

  it('escapes hostile titles in the preview tags and keeps the default head for unknown ids', async () => {
    const id = store.insertArticle({
      section: 'world', title: '"><script>alert(1)</script>', lead: "Lead with ' and \" and <b>", datelinePlace: '', publishedAt: Date.now(),
      pages: ['<p>x</p>'], persons: [], topics: [], otherMedia: [], origin: 'feed',
    });
    const html = await (await app.request(`/world/${String(id)}`)).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('<title>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; — Newswire</title>');
    expect(html).toContain('content="Lead with &#39; and &quot; and &lt;b&gt;"');
    const missing = await app.request('/world/999999999');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('content="Default"');
  });

  it('preloads what each page needs first: its API answers and its largest picture', async () => {
    const home = await (await app.request('/')).text();
    expect(home).toContain('<link rel="preload" href="/api/top-stories" as="fetch" crossorigin="anonymous" />');
    expect(home).toContain('<link rel="preload" href="/api/feed" as="fetch" crossorigin="anonymous" />');
    expect(home).toMatch(/<link rel="preload" as="image" imagesrcset="\/images\/demo\/[a-z-]+-480\.webp 480w, [^"]+" imagesizes="[^"]+" fetchpriority="high" \/>/);
    expect(await (await app.request('/?sections=politics,sports')).text()).toContain('href="/api/feed?sections=politics%2Csports"');
    expect(await (await app.request('/?sections=<x>')).text()).toContain('href="/api/feed" as="fetch"');
    expect(await (await app.request('/sports')).text()).toContain('href="/api/feed?sections=sports"');
    const id = articlePath.split('/')[2] ?? '';
    expect(await (await app.request(articlePath)).text()).toContain(`<link rel="preload" href="/api/articles/${id}" as="fetch" crossorigin="anonymous" />`);
  });
});
