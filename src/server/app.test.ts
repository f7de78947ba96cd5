import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestStore } from '../../test/testStore';
import { Article } from '../contract/schemas';
import { READER_COOKIE } from '../contract/readerCookie';
import { createApp } from './app';
import { renderPage } from './render/renderPage';
import type { Store } from './store/createStore';

const TEMPLATE =
  '<!doctype html><html><head><!--page-head--><title>Newswire</title><meta name="description" content="Default" /><!--/page-head--><script>document.documentElement.dataset.x="1"</script></head><body><div id="root"></div><script type="module" src="/assets/index-abc.js"></script></body></html>';

const SHARED = 'public, max-age=30, stale-while-revalidate=60, stale-if-error=86400';

function stateOf(html: string): { queries: { queries: { queryKey: unknown[] }[] }; snapshot: { city: { timeZone: string }; sections: string[] | null } } {
  const json = /<script type="application\/json" id="newswire-state">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error('no state in the page');
  return JSON.parse(json) as ReturnType<typeof stateOf>;
}

// The server of `npm start`: every page rendered by the app's own components, next to the API.
describe('serving the app rendered on the server', () => {
  let app: ReturnType<typeof createApp>;
  let articlePath = '';
  let store: Store;
  const render = vi.fn(renderPage);

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newswire-client-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), TEMPLATE);
    writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log("app")');
    ({ store } = await createTestStore());
    app = createApp({ store, clientDir: dir, renderPage: render });
    const feed = (await (await app.request('/api/feed?limit=1')).json()) as { items: { url: string }[] };
    articlePath = feed.items[0]?.url ?? '';
  });

  it('renders every route with its content, a shared Cache-Control, an ETag and a CSP that allows only the hashed inline script', async () => {
    const article = Article.parse(await (await app.request(`/api${articlePath.replace(/^\/[a-z]+/, '/articles')}`)).json());
    const pages: [string, string][] = [
      ['/', '<h1 class="page-title">News Feed</h1>'],
      ['/politics', '<h1 class="page-title">Russian Politics &amp; Diplomacy</h1>'],
      [articlePath, article.title.replace(/&/g, '&amp;')],
      ['/search?q=snow', '<mark>'],
      ['/topics', '/topics/'],
      ['/persons', '/persons/'],
      ['/galleries', '/galleries/'],
      ['/infographics', '/infographics/'],
      ['/converter?amount=100&from=USD&to=RUB', '100 USD = '],
      ['/saved', 'Saved for later'],
      ['/my', 'My News'],
    ];
    for (const [path, content] of pages) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
      expect(csp, path).not.toContain('unsafe-inline');
      expect(res.headers.get('cache-control'), path).toBe(path === articlePath ? 'public, max-age=60, stale-while-revalidate=300, stale-if-error=86400' : SHARED);
      expect(res.headers.get('vary') ?? '', path).not.toMatch(/cookie/i);
      expect(res.headers.get('etag'), path).toMatch(/^W\/"/);
      const html = await res.text();
      expect(html, path).toContain(content);
      expect(html, path).toContain('<script type="application/json" id="newswire-state">');
    }
  });

  it('answers a conditional request for an unchanged page with 304', async () => {
    const first = await app.request('/world');
    const etag = first.headers.get('etag') ?? '';
    const again = await app.request('/world', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('renders an unchanged page once, and again after the content changes', async () => {
    await app.request('/sports');
    render.mockClear();
    await app.request('/sports');
    await app.request('/sports');
    expect(render).toHaveBeenCalledTimes(0);
    await store.insertArticle({ section: 'sports', title: 'A late goal', lead: 'Lead', datelinePlace: '', publishedAt: Date.now(), pages: ['<p>x</p>'], persons: [], topics: [], otherMedia: [], origin: 'feed' });
    const html = await (await app.request('/sports')).text();
    expect(render).toHaveBeenCalledTimes(1);
    expect(html).toContain('A late goal');
  });

  it('answers unknown pages, unknown article ids and missing article pages with the Not found page and a 404 status', async () => {
    for (const path of ['/no-such-page', '/politics/999999999', '/politics/abc', '/world/1/2/3', `${articlePath}?page=9`]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toMatch(/not found|does not exist|no such/i);
    }
  });

  it('sends an article asked for under another section to its address', async () => {
    const other = articlePath.startsWith('/world/') ? articlePath.replace('/world/', '/sports/') : articlePath.replace(/^\/[a-z]+\//, '/world/');
    const res = await app.request(`${other}?page=1`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${articlePath}?page=1`);
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

  it('gives article pages their own title and description (rendered by the page) and preview tags, escaped', async () => {
    const article = Article.parse(await (await app.request(`/api${articlePath.replace(/^\/[a-z]+/, '/articles')}`)).json());
    const html = await (await app.request(articlePath)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(head).toContain(`<title>${article.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')} — Newswire</title>`);
    expect(head).toMatch(/<meta name="description" content="[^"]+"\/>/);
    expect(head).toContain(`<link rel="canonical" href="http://localhost${articlePath}" />`);
    expect(head).toContain(`<meta property="og:title" content="${escape(article.title)} — Newswire" />`);
    expect(head).toContain('<meta property="og:type" content="article" />');
    expect(head).toMatch(/<meta property="og:image" content="http:\/\/localhost\/images\/demo\/[a-z-]+-1200\.webp" \/>/);
    expect(head).not.toContain('content="Default"');
    expect(head.match(/<title>/g)).toHaveLength(1);
    const sports = await (await app.request('/sports')).text();
    expect(sports).toContain('<title>Sport — Newswire</title>');
    // A page that renders no description of its own keeps the site's.
    const home = await (await app.request('/')).text();
    expect(home.slice(0, home.indexOf('</head>')).match(/<meta name="description"/g)).toHaveLength(1);
    expect(home).toContain('content="Default"');
  });

  it('escapes hostile titles everywhere, the page data included', async () => {
    const id = await store.insertArticle({
      section: 'world', title: '</script><script>alert(1)</script>', lead: "Lead with ' and \" and <b>", datelinePlace: '', publishedAt: Date.now(),
      pages: ['<p>x</p><img src=x onerror=alert(2)>'], persons: [], topics: [], otherMedia: [], origin: 'feed',
    });
    const html = await (await app.request(`/world/${String(id)}`)).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('onerror');
    expect(html.match(/<\/script>/g)?.length).toBe(3); // the display-choices script, the page data and the app's script
    expect(stateOf(html).queries.queries.length).toBeGreaterThan(0);
  });

  it('preloads the largest picture of the feed and of an article', async () => {
    const home = await (await app.request('/')).text();
    const preload = /<link rel="preload" as="image" imageSrcSet="\/images\/demo\/[a-z-]+-480\.webp 480w, [^"]+" imageSizes="[^"]+" fetchPriority="high"\/>/;
    expect(home.slice(0, home.indexOf('</head>'))).toMatch(preload);
    const articleHtml = await (await app.request(articlePath)).text();
    const articleHead = articleHtml.slice(0, articleHtml.indexOf('</head>'));
    expect(articleHead).toMatch(preload);
    // Only the article's own photo: Top stories beside it (below it on a phone) must not compete with it.
    expect(articleHead.match(/rel="preload" as="image"/g)).toHaveLength(1);
    expect(articleHtml.match(/fetchPriority="high"/g)).toHaveLength(2); // its preload and its <img>
    // A browser saving data gets no picture preload, also when the page without it is in the cache.
    const saving = await app.request('/', { headers: { 'Save-Data': 'on' } });
    expect(saving.headers.get('vary')).toContain('Save-Data');
    expect(await saving.text()).not.toContain('as="image"');
  });

  it("renders for a reader's city and feed filter from the reader cookie, privately, and ignores a bad cookie", async () => {
    const res = await app.request('/', { headers: { Cookie: `${READER_COOKIE}=c:london|s:world+sports` } });
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    const html = await res.text();
    const state = stateOf(html);
    expect(state.snapshot.city.timeZone).toBe('Europe/London');
    expect(state.snapshot.sections).toEqual(['world', 'sports']);
    expect(html).toMatch(/UTC(\+0|\b)/);
    const sections = [...html.matchAll(/class="feed-item-section"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.filter((s) => s !== 'World' && s !== 'Sport')).toEqual([]);
    for (const bad of ['c:nowhere', 'z:Not/AZone', 's:politics+nope', 'x'.repeat(500), '"><script>']) {
      const shared = await app.request('/', { headers: { Cookie: `${READER_COOKIE}=${bad}` } });
      expect(shared.status, bad).toBe(200);
      expect(stateOf(await shared.text()).snapshot.city.timeZone, bad).toBe('Europe/Moscow');
    }
  });
});
