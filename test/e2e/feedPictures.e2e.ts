import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article } from '../../src/contract/schemas';
import { photoJpeg } from '../../src/server/images/generatedPictures';
import { fetchPicture } from '../../src/server/images/fetchPicture';
import { PictureRefusal } from '../../src/server/images/PictureRefusal';
import { DEFAULT_FETCH_OPTIONS, type FetchOptions } from '../../src/server/ingest/fetchFeed';
import { ingestDocument, ingestFeed } from '../../src/server/ingest/ingestFeed';
import { openBackend, type Backend } from '../../src/server/store/openBackend';
import { launchBrowser } from './browser';
import { freePort, startServer } from './server';

// Pictures of feeds in the browser: a server of its own (so these stories stay out of the other
// tests' feed) ingests a hostile feed and the feed corpora's stories that name pictures. Every page
// is then read with requests to any other site recorded (and refused) and the Content-Security-
// Policy's reports collected: not one may leave the site. A story's photo, fetched and stored by the
// server, is then saved for later and read offline.

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpora/feedparser-tests');

// Hosts the hostile feed names. "photos.elsewhere.test" is another site that really serves photos
// (the loopback site stands in for it); every other host is out of reach, as a dead site would be.
const ELSEWHERE = 'http://photos.elsewhere.test';
const X = 'https://x.invalid';

function hostileItems(): string[] {
  const body = [
    `<p>A photo from another site in the body.</p><figure><img src="${ELSEWHERE}/body.jpg" srcset="${X}/srcset.jpg 2x" alt="Body photo"><figcaption>Caption</figcaption></figure>`,
    `<p>A tracking pixel <img src="${X}/pixel.gif" width="1" height="1"> and a protocol-relative one <img src="//x.invalid/relative.gif"></p>`,
    `<picture><source srcset="${X}/source.webp" type="image/webp"><img src="${X}/picture.jpg" alt="picture"></picture>`,
    `<video poster="${X}/poster.jpg" src="${X}/video.mp4" autoplay></video><audio src="${X}/audio.mp3" autoplay></audio>`,
    `<iframe src="${X}/frame.html"></iframe><object data="${X}/object.swf"></object><embed src="${X}/embed.swf">`,
    `<link rel="stylesheet" href="${X}/style.css"><link rel="prefetch" href="${X}/prefetch"><style>@import url(${X}/import.css); p { background: url(${X}/style-bg.png) }</style>`,
    `<p style="background-image: url(${X}/inline.png)">Inline style</p><table background="${X}/table.png"><tr><td background="${X}/td.png">cell</td></tr></table>`,
    `<svg><image href="${X}/svg-image.png"></image><use href="${X}/sprite.svg#a"></use></svg><input type="image" src="${X}/input.png">`,
    `<img src="nothing" onerror="fetch('${X}/onerror')"><img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3Cimage href='${X}/data-svg.png'/%3E%3C/svg%3E">`,
    `<base href="${X}/"><img src="relative-to-base.png"><meta http-equiv="refresh" content="0;url=${X}/refresh"><a href="${X}/link" ping="${X}/ping">A link</a>`,
    `<img lowsrc="${X}/lowsrc.png" dynsrc="${X}/dynsrc.avi" src="${X}/dead.png"><math><mglyph src="${X}/mglyph.png"></mglyph></math>`,
  ];
  return [
    `<item><guid>urn:hostile:photo</guid><title>Hostile pictures</title><link>${X}/story</link><description>A lead &lt;img src="${X}/lead.png"&gt;</description>
      <media:content url="${ELSEWHERE}/photo.jpg" medium="image" width="1600" height="900"><media:credit>Elsewhere Agency</media:credit></media:content>
      <content:encoded><![CDATA[${body.join('\n')}]]></content:encoded></item>`,
    `<item><guid>urn:hostile:dead</guid><title>A photo that cannot be fetched</title><description>Its enclosure is on a dead site.</description><enclosure url="${X}/enclosure.jpg" length="1" type="image/jpeg"/><media:thumbnail url="${X}/thumb.jpg"/></item>`,
    `<item><guid>urn:hostile:second</guid><title>The same photo again</title><description>Stored once, referenced twice.</description><enclosure url="${ELSEWHERE}/photo.jpg" length="1" type="image/jpeg"/></item>`,
  ];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * The pages a reader can reach about these stories: the lists, and every ingested story whose stored
 * copy names any address or picture (the others hold only text; safeHtml.e2e.ts renders every corpus
 * body in the browser).
 */
function sitePaths(backend: Backend): string[] {
  const sql = "SELECT id, section FROM articles WHERE origin = 'feed' AND (image_src IS NOT NULL OR pages LIKE '%src=%' OR pages LIKE '%http%' OR pages LIKE '%url(%') ORDER BY id";
  const stories = backend.sqlite?.prepare<[], { id: number; section: string }>(sql).all() ?? [];
  return ['/', '/world', '/search?q=photo', '/topics', '/saved', ...stories.map((s) => `/${s.section}/${String(s.id)}`)];
}

/** Empties the service worker's runtime caches (all but the precache and `keep`) and the HTTP cache. */
async function forgetCopies(context: BrowserContext, page: Page, keep: string | null): Promise<void> {
  await page.evaluate(async (kept) => {
    for (const name of await caches.keys()) if (!name.startsWith('workbox-precache') && name !== kept) await caches.delete(name);
  }, keep);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
}

describe('pictures of feeds in the browser', () => {
  let site: Server;
  let siteOrigin = '';
  let server: ChildProcess;
  let origin = '';
  let dataDir = '';
  let backend: Backend;
  let browser: Browser;
  const log: string[] = [];
  const siteRequests: string[] = [];
  const corpus = { files: 0, created: 0, updated: 0 };

  beforeAll(async () => {
    const photo = await photoJpeg(1600, 900);
    const bodyPhoto = await photoJpeg(900, 600);
    site = createServer((req, res) => {
      siteRequests.push(req.url ?? '');
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        res.end(`<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Hostile</title><link>${X}/</link>${hostileItems().join('')}</channel></rss>`);
      } else if (req.url === '/photo.jpg' || req.url === '/body.jpg') {
        res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(req.url === '/photo.jpg' ? photo : bodyPhoto);
      } else res.writeHead(404).end();
    });
    await new Promise<void>((ok) => site.listen(0, '127.0.0.1', ok));
    const address = site.address();
    siteOrigin = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}`;

    dataDir = mkdtempSync(join(tmpdir(), 'newswire-feed-pictures-'));
    const databasePath = join(dataDir, 'newswire.db');
    const port = await freePort();
    server = await startServer({ port, databasePath });
    origin = `http://localhost:${String(port)}`;

    // The ingest a poller would do, against the running server's database (WAL: it keeps answering).
    backend = await openBackend({ kind: 'sqlite', path: databasePath });
    const fetchOptions = { ...DEFAULT_FETCH_OPTIONS, allowPrivate: true };
    const fetch = (url: string, options: FetchOptions, timeoutMs?: number): Promise<Uint8Array> => {
      if (url.startsWith(`${ELSEWHERE}/`)) return fetchPicture(`${siteOrigin}${url.slice(ELSEWHERE.length)}`, options, timeoutMs);
      return Promise.reject(new PictureRefusal('could not be fetched (the site is out of reach in this test)', { transient: true }));
    };
    const deps = {
      store: backend.store,
      ingestStore: backend.ingestStore,
      now: Date.now,
      fetchOptions,
      log: (line: string) => log.push(line),
      pictures: { store: backend.pictures, dir: backend.picturesDir, fetchOptions, now: Date.now, log: (line: string) => log.push(line), fetch },
    };
    for (const path of walk(CORPUS).filter((p) => /\.(?:xml|json)$/.test(p)).sort()) {
      const bytes = readFileSync(path);
      const file = relative(CORPUS, path);
      const outcome = await ingestDocument({ label: file, bytes, documentUrl: `http://127.0.0.1:8097/tests/${file}` }, { section: 'world' }, deps).catch(() => null);
      corpus.files += 1;
      corpus.created += outcome?.created ?? 0;
      corpus.updated += outcome?.updated ?? 0;
    }
    // The hostile feed last: its stories are the newest, those the background downloads take.
    const report = await ingestFeed(`${siteOrigin}/feed.xml`, { section: 'world' }, deps);
    expect(report.created).toBe(3);
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser.close();
    server.kill('SIGTERM');
    await backend.close();
    site.closeAllConnections();
    site.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** An ingested story, as the API gives it. */
  async function story(title: string): Promise<Article> {
    const row = backend.sqlite?.prepare<[string], { id: number }>('SELECT id FROM articles WHERE title = ?').get(title);
    return Article.parse(await (await fetch(`${origin}/api/articles/${String(row?.id)}`)).json());
  }

  async function watchedContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; outbound: string[] }> {
    const context = await browser.newContext({ baseURL: origin, ...options });
    const outbound: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url === origin) return route.continue();
      outbound.push(url);
      return route.abort();
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __blocked: string[] };
      w.__blocked = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        w.__blocked.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    return { context, page: await context.newPage(), outbound };
  }

  it('stores the photos with their credit link and shows them from this site; no page sends a request to another site', { timeout: 240_000 }, async () => {
    const hostile = await story('Hostile pictures');
    expect(hostile.image?.src).toMatch(/^\/images\/feeds\/[0-9a-f]{32}-1200\.webp$/);
    const article = hostile;
    expect(article.image).toMatchObject({ credit: 'Elsewhere Agency', sourceUrl: `${ELSEWHERE}/photo.jpg` });
    expect(article.pages.join('')).toMatch(/<img src="\/images\/feeds\/[0-9a-f]{32}-900\.webp" alt="Body photo"[^>]* width="900" height="600"/);
    // The photo was fetched once, for both stories that name it.
    expect(siteRequests.filter((r) => r === '/photo.jpg')).toHaveLength(1);
    expect(log.some((line) => line.includes(`${X}/enclosure.jpg`))).toBe(true);

    const paths = sitePaths(backend);
    console.log(`Corpus: ${JSON.stringify(corpus)}. Read ${String(paths.length)} pages (${String(paths.length - 5)} ingested stories that name an address or a picture) with no request to another site allowed`);
    expect(corpus.created).toBeGreaterThan(400);
    expect(paths.length).toBeGreaterThan(20);
    // A tall window, so that pictures that load lazily load too.
    const { context, page, outbound } = await watchedContext({ viewport: { width: 1280, height: 6000 } });
    const blocked: string[] = [];
    for (const path of paths) {
      await page.goto(path, { waitUntil: 'load' });
      await page.waitForTimeout(50);
      for (const report of await page.evaluate(() => (window as unknown as { __blocked: string[] }).__blocked)) blocked.push(`${path}: ${report}`);
    }
    expect([...new Set(outbound)]).toEqual([]);
    expect(blocked).toEqual([]);

    // The photo is really there: drawn from this site at a width of its srcset.
    await page.goto(hostile.url);
    const photo = page.locator('.article-photo img');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(new URL(await photo.evaluate((img: HTMLImageElement) => img.currentSrc)).pathname).toMatch(/^\/images\/feeds\/[0-9a-f]{32}-(480|800|1200)\.webp$/);
    expect(await page.getByRole('link', { name: /Elsewhere Agency/ }).getAttribute('href')).toBe(`${ELSEWHERE}/photo.jpg`);
    await context.close();
  });

  it("keeps the newest ingested stories' photos through background downloads, for offline reading", { timeout: 120_000 }, async () => {
    const hostile = await story('Hostile pictures');
    const { context, page, outbound } = await watchedContext({ viewport: { width: 1280, height: 900 } });
    await page.goto('/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    const kept = () => page.evaluate(async () => (await (await caches.open('newswire-prefetch-v1')).keys()).map((r) => new URL(r.url).pathname));
    await expect.poll(kept, { timeout: 30_000 }).toEqual(expect.arrayContaining([`/api/articles/${String(hostile.id)}`, hostile.image?.src]));
    // Only the background downloads are left.
    await forgetCopies(context, page, 'newswire-prefetch-v1');

    await context.setOffline(true);
    await page.goto(hostile.url);
    await page.getByRole('heading', { level: 1, name: 'Hostile pictures' }).waitFor();
    const photo = page.locator('.article-photo img');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(outbound).toEqual([]);
    await context.close();
  });

  it("keeps a saved ingested story's photo for offline reading", { timeout: 120_000 }, async () => {
    const again = await story('The same photo again');
    expect(again.image?.src).toMatch(/^\/images\/feeds\//);
    const { context, page, outbound } = await watchedContext({ viewport: { width: 375, height: 800 } });
    await page.goto(again.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    await page.getByRole('button', { name: 'Save for later' }).click();
    await page.getByText(/^Saved for offline reading\. This browser/).waitFor();
    // Only the saved copy is left.
    await forgetCopies(context, page, null);

    await context.setOffline(true);
    await page.goto(again.url);
    await page.getByRole('heading', { level: 1, name: 'The same photo again' }).waitFor();
    await page.getByText(/^Copy on this device, as of /).first().waitFor();
    const photo = page.locator('.article-photo img');
    expect(await photo.getAttribute('src')).toMatch(/^blob:/);
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await photo.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/^blob:/);
    expect(outbound).toEqual([]);
    await context.close();
  });
});
