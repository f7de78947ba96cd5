import iconv from 'iconv-lite';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyTestBackend, testRows } from '../../../test/testStore';
import type { Store } from '../store/createStore';
import type { Backend } from '../store/openBackend';
import { DEFAULT_FETCH_OPTIONS } from './fetchFeed';
import { type IngestDeps, ingestFeed } from './ingestFeed';
import { describeReport } from './startFeedPolling';

// A news site on loopback: a summary-only RSS feed whose items link to article pages of different
// layouts, and links that fail in different ways. Only this server's host:port is allowed.
const para = (topic: string, n: number) =>
  `The ${topic} report, part ${String(n)}, describes in detail what the committee found during months of hearings, what the witnesses said, and what the members decided to recommend to the government before the end of the year.`;
const story = (topic: string, count = 5) => Array.from({ length: count }, (_, i) => `<p>${para(topic, i + 1)}</p>`).join('\n');
const shell = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>';
const FOOTER = '<footer><p>© Example Agency. All rights reserved. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>';

const PAGES: Record<string, { type: string; body: () => Uint8Array | string; status?: number }> = {
  // 1. A semantic page: <article> with a headline, between navigation and footer.
  '/semantic': { type: 'text/html; charset=utf-8', body: () => shell('<title>Budget passed</title>', `${NAV}<article><h1>Budget passed</h1>${story('budget')}</article>${FOOTER}`) },
  // 2. Div soup: a blog theme with sidebar, share buttons and comments around the post.
  '/div-soup': {
    type: 'text/html',
    body: () => shell('<title>Harbour</title>', `<div id="wrap"><div class="header">${NAV}</div><div class="row"><div class="col-8"><div class="post-content entry">${story('harbour')}</div>
      <div class="share">Share on <a href="#">X</a> <a href="#">Facebook</a></div><div class="comments"><div class="comment">First!</div><div class="comment">Great post.</div></div></div>
      <div class="col-4 sidebar"><h3>Most read</h3><ul><li><a href="/a">Something else</a></li><li><a href="/b">Another thing</a></li></ul></div></div>${FOOTER}</div>`),
  },
  // 3. <main> with a figure whose picture and link are relative: they become absolute on this page's URL.
  '/figure/page.html': {
    type: 'text/html',
    body: () => shell('<title>Bridge</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge opened"}</script>',
      `${NAV}<main><h1>Bridge opened</h1><figure><img src="img/bridge.jpg" alt="The new bridge" width="800" height="450"><figcaption>The new bridge at dawn.</figcaption></figure>${story('bridge')}<p>See <a href="../more.html">more</a>.</p></main>${FOOTER}`),
  },
  // 4. A windows-1251 page that says so only in its <meta>, not in the HTTP header.
  '/cyrillic': {
    type: 'text/html',
    body: () => new Uint8Array(iconv.encode(`<!DOCTYPE html><html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Мост</title></head><body>${NAV}<article><h1>Новый мост открыт</h1>${
      Array.from({ length: 5 }, () => '<p>Новый мост через реку открыли сегодня утром; по нему уже идут автобусы и грузовики, а жители города говорят, что дорога до центра стала вдвое короче, чем была все последние годы.</p>').join('')}</article>${FOOTER}</body></html>`, 'windows-1251')),
  },
  // 5. Hostile markup inside the story: scripts, handlers and javascript: links must not survive.
  '/hostile': {
    type: 'text/html',
    body: () => shell('<title>Storm</title>', `${NAV}<article><h1>Storm</h1><script>alert(1)</script>${story('storm')}<p onclick="steal()">Click <a href="javascript:alert(2)">here</a> <img src="x" onerror="alert(3)"></p><iframe src="https://evil.example/"></iframe></article>${FOOTER}`),
  },
  // Failures: a teaser behind a paywall, a missing page, a picture instead of a page.
  '/teaser': { type: 'text/html', body: () => shell('<title>Paywall</title>', `${NAV}<article><h1>Paywall</h1><p>Subscribe to read this story.</p></article>${FOOTER}`) },
  '/missing': { type: 'text/html', status: 404, body: () => 'Not found' },
  '/picture': { type: 'image/png', body: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
};

let server: Server;
let origin = '';
let pageRequests: string[] = [];
let feedItems = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    if (path === '/feed.xml') {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Agency</title><link>${origin}/</link>${feedItems}</channel></rss>`);
      return;
    }
    pageRequests.push(path);
    const page = PAGES[path];
    if (page === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(page.status ?? 200, { 'Content-Type': page.type }).end(page.body());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

// On both stores (server and server-postgres projects).
let backend: Backend;
let store: Store;
let deps: IngestDeps;
let log: string[];
beforeEach(async () => {
  backend = await createEmptyTestBackend();
  store = backend.store;
  log = [];
  pageRequests = [];
  deps = {
    store,
    ingestStore: backend.ingestStore,
    now: () => Date.parse('2026-11-28T12:00:00Z'),
    fetchOptions: { ...DEFAULT_FETCH_OPTIONS, allowHosts: [new URL(origin).host] },
    log: (line) => log.push(line),
  };
});

const item = (path: string, extra = '') => `<item><guid>urn:${path}</guid><title>Story ${path}</title><link>${origin}${path}</link><description>Summary of ${path}.</description>${extra}</item>`;
const pageOf = async (path: string) => {
  const [row] = await testRows<{ id: number }>(backend, 'SELECT id FROM articles WHERE guid = ?', [`urn:${path}`]);
  return row === undefined ? undefined : (await store.article(row.id))?.pages.join('');
};
const ingest = (fullText = true) => ingestFeed(`${origin}/feed.xml`, { section: 'world', fullText }, deps);

describe('whole stories from a summary-only feed ("fullText": true)', () => {
  it('replaces the summary by the main text of five different page layouts, sanitized, with absolute URLs', async () => {
    const paths = ['/semantic', '/div-soup', '/figure/page.html', '/cyrillic', '/hostile'];
    feedItems = paths.map((p) => item(p)).join('');
    const report = await ingest();
    expect(report).toMatchObject({ created: 5, fullText: { fetched: 5, failed: 0 } });
    expect(log).toEqual([]);

    const semantic = (await pageOf('/semantic')) ?? '';
    expect(semantic).toContain(para('budget', 5));
    expect(semantic).not.toContain('All rights reserved');
    expect(semantic).not.toContain('Sport');

    const soup = (await pageOf('/div-soup')) ?? '';
    expect(soup).toContain(para('harbour', 1));
    expect(soup).not.toContain('Great post.');
    expect(soup).not.toContain('Most read');

    const figure = (await pageOf('/figure/page.html')) ?? '';
    expect(figure).toContain(`src="${origin}/figure/img/bridge.jpg"`);
    expect(figure).toContain(`href="${origin}/more.html"`);
    expect(figure).toContain('The new bridge at dawn.');

    expect(await pageOf('/cyrillic')).toContain('Новый мост через реку открыли сегодня утром');

    const hostile = (await pageOf('/hostile')) ?? '';
    expect(hostile).toContain(para('storm', 3));
    expect(hostile).not.toMatch(/<script|onclick|onerror|javascript:|<iframe/i);
    expect(describeReport(report)).toContain('5 new, 0 updated, 0 unchanged; whole story fetched for 5, summary kept for 0');
  });

  it('keeps the summary and logs why when the page is a teaser, missing, not a page, or on a refused address', async () => {
    const refused = 'http://127.0.0.1:9/elsewhere';
    feedItems = ['/teaser', '/missing', '/picture'].map((p) => item(p)).join('') + `<item><guid>urn:refused</guid><title>Refused</title><link>${refused}</link><description>Summary of refused.</description></item>`;
    const report = await ingest();
    expect(report).toMatchObject({ created: 4, fullText: { fetched: 0, failed: 4 } });
    for (const path of ['/teaser', '/missing', '/picture']) expect((await pageOf(path)) ?? '', path).not.toContain('Subscribe');
    expect((await store.feed(null, 10, null)).items.map((a) => a.lead).sort()).toEqual(['Summary of /missing.', 'Summary of /picture.', 'Summary of /teaser.', 'Summary of refused.']);
    expect(log).toEqual([
      `${origin}/feed.xml: kept the summary of ${origin}/teaser: the page's main text is only 29 characters`,
      `${origin}/feed.xml: kept the summary of ${origin}/missing: HTTP 404 Not Found`,
      `${origin}/feed.xml: kept the summary of ${origin}/picture: the URL returned image/png, not an article page (Content-Type image/png)`,
      `${origin}/feed.xml: kept the summary of ${refused}: 127.0.0.1 is a loopback address, which feeds may not use`,
    ]);
  });

  it('fetches only new summary-only stories: not known ones (their fetched text stays), not items with full content, not without fullText', async () => {
    feedItems = item('/semantic') + item('/div-soup', `<content:encoded><![CDATA[<p>The whole story is in the feed.</p>]]></content:encoded>`);
    await ingest();
    expect(pageRequests).toEqual(['/semantic']);
    expect(await pageOf('/div-soup')).toBe('<p>The whole story is in the feed.</p>');
    const again = await ingest();
    expect(pageRequests).toEqual(['/semantic']);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await pageOf('/semantic')).toContain(para('budget', 5));

    backend = await createEmptyTestBackend();
    store = backend.store;
    deps = { ...deps, store, ingestStore: backend.ingestStore };
    feedItems = item('/semantic');
    const plain = await ingest(false);
    expect(plain.fullText).toBeUndefined();
    expect(pageRequests).toEqual(['/semantic']);
  });
});
