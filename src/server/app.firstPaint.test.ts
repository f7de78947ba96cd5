import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../test/testStore';
import { decodeFirstPaint, encodeFirstPaint, FIRST_PAINT_COOKIE, type FirstPaint } from '../contract/firstPaint';
import { createApp } from './app';
import type { Store } from './store/createStore';

// The server's first paint (html/pagePreview.ts): the page drawn into index.html so readers see the
// news before the app's script has arrived, drawn as this reader's app would draw it.

const STYLE = ':root{color:#15181e}body{margin:0}';
const INDEX = `<!doctype html><html lang="en"><head><!--page-head--><title>Newswire</title><meta name="description" content="Default" /><!--/page-head--><style>${STYLE}</style></head><body><div id="root"></div><script type="module" src="/assets/boot-abc.js"></script></body></html>`;
const HOSTILE = 'Sanctions <script>alert(1)</script> & "quotes" <img src=x onerror=alert(2)>';

const defaults: FirstPaint = {
  prefs: { theme: 'system', textSize: 'medium', lineWidth: 'medium', motion: 'system' },
  limits: { otherCity: false, filteredFeed: false, noPictures: false },
};
const cookie = (paint: FirstPaint) => ({ Cookie: `${FIRST_PAINT_COOKIE}=${encodeFirstPaint(paint)}` });
/** The preview inside #root, or null when the page came without one. */
const previewOf = (html: string) => /<div id="root" inert>([\s\S]*)<\/div><script/.exec(html)?.[1] ?? null;

describe('the first paint of a page', () => {
  let app: ReturnType<typeof createApp>;
  let store: Store;
  let hostileId = 0;
  let db: ReturnType<typeof createTestStore>['db'];

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'newswire-first-paint-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    ({ store, db } = createTestStore());
    hostileId = store.insertArticle({
      section: 'world',
      title: HOSTILE,
      lead: `Lead ${HOSTILE}`,
      datelinePlace: 'GENEVA',
      publishedAt: Date.now() + 60_000,
      isTop: true,
      pages: ['<p>Body of the story.</p>'],
      persons: [],
      topics: [],
      otherMedia: [],
      origin: 'synthetic',
    });
    // HTML that got into the database without the store's sanitizing: the first paint sanitizes again.
    db.prepare('UPDATE articles SET pages = ? WHERE id = ?').run(JSON.stringify(['<p>Body of the story.</p><img src="x" onerror="alert(3)"><script>alert(4)</script>']), hostileId);
    app = createApp({ store, clientDir: dir });
  });

  const page = async (path: string, headers: Record<string, string> = {}) => {
    const res = await app.request(path, { headers });
    expect(res.status, path).toBe(200);
    return { res, html: await res.text() };
  };

  it('draws the feed, a section, an article and a search into the HTML, escaping every text', async () => {
    const feed = previewOf((await page('/')).html) ?? '';
    expect(feed).toContain('<h1 class="page-title">News Feed</h1>');
    expect(feed).toContain('Top stories');
    expect(feed).toContain('Sanctions &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &lt;img src=x onerror=alert(2)&gt;');
    expect(feed).not.toContain('<script>alert');
    expect(feed).not.toContain('<img src=x');
    expect(feed.match(/class="feed-item"/g)?.length).toBe(20);

    const section = previewOf((await page('/world')).html) ?? '';
    expect(section).toContain('<h1 class="page-title">World</h1>');
    expect(section).toContain('aria-current="page"');
    expect(section).not.toContain('feed-item-section'); // a section's own page does not repeat its name

    const article = previewOf((await page(`/world/${String(hostileId)}`)).html) ?? '';
    const body = /<div class="article-body">(.*?)<\/div>/.exec(article)?.[1] ?? '';
    expect(body).toContain('<p>Body of the story.</p>');
    expect(body).not.toMatch(/onerror|<script|alert/);
    expect(article).toContain('<h1 class="article-title">Sanctions &lt;script&gt;');
    expect(article).toContain('<p>Body of the story.</p>');
    expect(article).toContain('<p class="article-dateline">');

    const { html: searchHtml } = await page('/search?q=%3Cscript%3E%20sanctions');
    const search = previewOf(searchHtml) ?? '';
    expect(search).toContain('value="&lt;script&gt; sanctions"');
    expect(search).toContain('result for “&lt;script&gt; sanctions”');
    expect(search).not.toContain('class="header-search"'); // the search page has its own field
    expect(searchHtml).toContain('<link rel="preload" href="/api/search?q=%3Cscript%3E+sanctions" as="fetch" crossorigin="anonymous" />');
  });

  it('shows times as the app does, in Moscow time with the age of recent stories', async () => {
    const feed = previewOf((await page('/')).html) ?? '';
    expect(feed).toMatch(/<span class="time-shown">\d\d:\d\d UTC\+3<\/span> <span class="time-age">· (just now|\d+ min ago|1 hour ago|\d hours ago)<\/span>/);
    expect(feed).toContain('<h2 class="feed-day-heading">Today</h2>');
    expect(feed).toMatch(/<span class="city-clock"><span aria-hidden="true">\d\d:\d\d <span class="city-clock-offset">UTC\+3<\/span>/);
  });

  it('draws nothing where the app would draw something else, and no page it cannot draw', async () => {
    // Unknown sections in the address (the app names them), filters or paging of a search, the
    // second page of an article, an empty search, pages the server does not draw.
    for (const path of ['/?sections=world,nope', '/search?q=oil&sections=world', '/search?q=', '/search?q=zzzzqqqxx', `/world/${String(hostileId)}?page=2`, '/topics', '/converter']) {
      expect(previewOf((await page(path)).html), path).toBeNull();
    }
    // A filter in the address: those sections, in display order, and the app's own feed request.
    const { html } = await page('/?sections=world,politics');
    expect(previewOf(html)).toContain('<p class="section-filter-summary">Russian Politics &amp; Diplomacy, World</p>');
    expect(html).toContain('<link rel="preload" href="/api/feed?sections=politics%2Cworld"');
  });

  it("follows the reader's choices from the cookie: display on <html>, no preview for another city or a filtered feed", async () => {
    const chosen: FirstPaint = { ...defaults, prefs: { theme: 'dark', textSize: 'largest', lineWidth: 'wide', motion: 'reduce' } };
    const { html } = await page('/politics', cookie(chosen));
    expect(html).toContain('<html lang="en" data-theme="dark" data-text-size="largest" data-line-width="wide" data-motion="reduce">');
    expect(previewOf(html)).not.toBeNull();

    const otherCity = cookie({ ...defaults, limits: { ...defaults.limits, otherCity: true } });
    for (const path of ['/', '/politics', '/search?q=arctic']) expect(previewOf((await page(path, otherCity)).html), path).toBeNull();

    const filtered = cookie({ ...defaults, limits: { ...defaults.limits, filteredFeed: true } });
    expect(previewOf((await page('/', filtered)).html)).toBeNull();
    expect(previewOf((await page('/?sections=world', filtered)).html)).not.toBeNull(); // the address decides
    expect(previewOf((await page('/politics', filtered)).html)).not.toBeNull();

    const { res } = await page('/');
    expect(res.headers.get('vary')).toMatch(/Cookie/);
  });

  it('loads no picture for a reader saving data (data saver or the browser’s Save-Data)', async () => {
    const pictured = store.feed(null, 50, null).items.find((item) => item.image !== undefined);
    const path = pictured?.url ?? '/';
    const saver = cookie({ ...defaults, limits: { ...defaults.limits, noPictures: true } });
    for (const headers of [saver, { 'Save-Data': 'on' }]) {
      const { html } = await page(path, headers);
      expect(html).not.toContain('as="image"');
      expect(previewOf(html)).toBeNull();
    }
    const { html } = await page(path);
    expect(html).toContain('as="image"');
    expect(previewOf(html)).toContain('fetchpriority="high"');
  });

  it('ignores a tampered or outdated cookie: no attributes from it, the default first paint', async () => {
    for (const value of ['dark" onload="x', 'dark.large.wide.reduce', 'purple.medium.medium.system.-', 'dark.large.wide.reduce.-.x', 'dark.large.wide.reduce.zz', 'x'.repeat(5000), '']) {
      const { html } = await page('/', { Cookie: `${FIRST_PAINT_COOKIE}=${value}` });
      expect(html, value).toContain('<html lang="en"><head>');
      expect(previewOf(html), value).not.toBeNull();
    }
  });

  it('allows exactly the inlined styles by their hash, for the pages and for the file the service worker caches', async () => {
    const hash = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;
    for (const path of ['/', '/politics', '/index.html', '/no-such-page']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain(`style-src 'self' ${hash};`);
      expect(csp, path).toContain("script-src 'self';");
      expect(csp, path).not.toContain('unsafe-inline');
    }
  });
});

describe('the first-paint cookie', () => {
  it('reads back what the app writes, and nothing else', () => {
    const paint: FirstPaint = { prefs: { theme: 'light', textSize: 'small', lineWidth: 'narrow', motion: 'reduce' }, limits: { otherCity: true, filteredFeed: false, noPictures: true } };
    expect(encodeFirstPaint(paint)).toBe('light.small.narrow.reduce.cd');
    expect(decodeFirstPaint(encodeFirstPaint(paint))).toEqual(paint);
    expect(decodeFirstPaint(encodeFirstPaint(defaults))).toEqual(defaults);
    for (const bad of [undefined, '', 'light.small.narrow.reduce.', 'light.small.narrow.reduce.dc', 'light.small.narrow.reduce.ccd', 'LIGHT.small.narrow.reduce.-', 'light.small.narrow.reduce.-.-']) {
      expect(decodeFirstPaint(bad), String(bad)).toBeNull();
    }
  });
});
