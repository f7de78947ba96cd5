import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { DEFAULT_FETCH_OPTIONS } from '../ingest/fetchFeed';
import { ingestFeed } from '../ingest/ingestFeed';
import { createEmptyTestBackend } from '../../../test/testStore';
import { encodePicture } from './encodePicture';
import { animatedWebp, photoJpeg, pngOfSize } from './generatedPictures';

// A feed site on loopback whose pictures are good, bad and hostile, each made by the test. One
// ingest fetches them all; each refused picture is logged with its reason and its story kept.
const files: Record<string, { type: string; body: Buffer; slow?: boolean }> = {};
let server: Server;
let origin = '';
const requests: string[] = [];

beforeAll(async () => {
  const photo = await photoJpeg(1600, 900);
  files['/photo.jpg'] = { type: 'image/jpeg', body: photo };
  files['/body.png'] = { type: 'image/png', body: await sharp({ create: { width: 640, height: 480, channels: 3, background: '#336699' } }).png().toBuffer() };
  files['/text.jpg'] = { type: 'image/jpeg', body: Buffer.from('<html><body>Not found</body></html>') };
  files['/truncated.jpg'] = { type: 'image/jpeg', body: photo.subarray(0, Math.floor(photo.length * 0.6)) };
  files['/zero.png'] = { type: 'image/png', body: await pngOfSize(0, 0) };
  files['/bomb.png'] = { type: 'image/png', body: await pngOfSize(40_000, 40_000) };
  files['/drawing.svg'] = { type: 'image/svg+xml', body: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script><rect width="100" height="100"/></svg>') };
  files['/animation.webp'] = { type: 'image/webp', body: await animatedWebp(1000, 1000, 3) };
  files['/huge.jpg'] = { type: 'image/jpeg', body: Buffer.concat([photo, Buffer.alloc(21 * 1024 * 1024)]) };
  files['/slow.jpg'] = { type: 'image/jpeg', body: photo, slow: true };
  server = createServer((req, res) => {
    const path = req.url ?? '';
    requests.push(path);
    if (path === '/feed.xml') {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(feed());
      return;
    }
    const file = files[path];
    if (file === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': file.type });
    if (file.slow !== true) {
      res.end(file.body);
      return;
    }
    // A byte a second: the answer never completes within the time limit (2 s here, injected; 20 s in production).
    let sent = 0;
    const timer = setInterval(() => {
      if (res.destroyed || sent >= file.body.length) {
        clearInterval(timer);
        return;
      }
      res.write(file.body.subarray(sent, sent + 1));
      sent += 1;
    }, 1000);
    res.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}`;
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const REFUSED = ['text.jpg', 'truncated.jpg', 'zero.png', 'bomb.png', 'drawing.svg', 'animation.webp', 'huge.jpg', 'slow.jpg'];

function feed(): string {
  const items = [
    `<item><guid>urn:photo</guid><title>With a photo</title><description>Lead.</description><media:content url="${origin}/photo.jpg" medium="image" width="1600" height="900"><media:credit>Agency</media:credit></media:content>
      <content:encoded><![CDATA[<p>Text before.</p><figure><img src="${origin}/body.png" alt="A body picture"></figure><p>More text <img src="${origin}/text.jpg" alt="broken"></p>]]></content:encoded></item>`,
    ...REFUSED.map((name) => `<item><guid>urn:${name}</guid><title>Story ${name}</title><description>The story of ${name}.</description><enclosure url="${origin}/${name}" length="1" type="image/jpeg"/></item>`),
  ];
  return `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Loopback</title><link>${origin}/</link>${items.join('')}</channel></rss>`;
}

// On both stores (server and server-postgres projects).
const backend = await createEmptyTestBackend();

describe('pictures of feeds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newswire-pictures-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const { store } = backend;
  const lines: string[] = [];
  const fetchOptions = { ...DEFAULT_FETCH_OPTIONS, allowPrivate: true };
  const deps = {
    store,
    ingestStore: backend.ingestStore,
    now: Date.now,
    fetchOptions,
    log: (line: string) => lines.push(line),
    pictures: { store: backend.pictures, dir, fetchOptions, now: Date.now, log: (line: string) => lines.push(line), timeoutMs: 2_000 },
  };
  const app = createApp({ store, picturesDir: dir, logError: () => undefined });

  it('are fetched once at ingest, stored by content and served from this site; refused ones are logged and their stories kept', { timeout: 90_000 }, async () => {
    const report = await ingestFeed(`${origin}/feed.xml`, { section: 'world' }, deps);
    expect(report.created).toBe(1 + REFUSED.length);
    expect(report.pictures).toEqual({ kept: 2, refused: 1 + REFUSED.length });

    const listed = (await store.feed(null, 20, null)).items;
    const articles = (await Promise.all(listed.map((s) => store.article(s.id)))).filter((a) => a !== null);
    expect(articles).toHaveLength(1 + REFUSED.length);
    const withPhoto = articles.find((a) => a.title === 'With a photo');
    const image = withPhoto?.image;
    expect(image?.src).toMatch(/^\/images\/feeds\/[0-9a-f]{32}-1200\.webp$/);
    expect(image?.srcset).toMatch(/^\/images\/feeds\/[0-9a-f]{32}-480\.webp 480w, \S+-800\.webp 800w, \S+-1200\.webp 1200w$/);
    expect(image).toMatchObject({ width: 1200, height: 675, credit: 'Agency', sourceUrl: `${origin}/photo.jpg` });
    // Body pictures: ours, at their stored size; the refused one is gone, its text kept.
    const page = withPhoto?.pages[0] ?? '';
    expect(page).toMatch(/<img src="\/images\/feeds\/[0-9a-f]{32}-640\.webp" alt="A body picture"[^>]* width="640" height="480"/);
    expect(page).not.toContain(origin);
    expect(page).toContain('More text');
    // No story names another site's picture, and every refused story is still there without one.
    for (const article of articles) {
      expect(article.image?.src ?? '/').toMatch(/^\/images\/feeds\/|^\/$/);
      expect(article.pages.join('')).not.toContain(origin);
    }
    for (const name of REFUSED) expect(articles.find((a) => a.title === `Story ${name}`)?.image).toBeUndefined();

    const reasons = Object.fromEntries(REFUSED.map((name) => [name, lines.find((l) => l.includes(`${origin}/${name}:`)) ?? '']));
    expect(reasons['text.jpg']).toContain('not a picture');
    expect(reasons['truncated.jpg']).toContain('the file is truncated');
    expect(reasons['zero.png']).toContain('corrupt header');
    expect(reasons['bomb.png']).toContain('40000 × 40000 pixels, more than the limit of 25 megapixels');
    expect(reasons['drawing.svg']).toContain("SVG picture: feeds' SVG is never rasterised");
    expect(reasons['animation.webp']).toMatch(/an animation of \d+\.\d MB, more than the limit of 5\.0 MB/);
    expect(reasons['huge.jpg']).toContain('larger than the limit of 20971520 bytes');
    expect(reasons['slow.jpg']).toContain('no complete answer within 2 s');

    // The stored files: every width of each picture, WebP, without EXIF or GPS.
    const stored = readdirSync(dir).sort();
    // The photo at 480, 800 and 1200; the 640-wide body picture at 480 and its own width.
    expect(stored.map((f) => f.replace(/^[0-9a-f]{32}/, 'K')).sort()).toEqual(['K-1200.webp', 'K-480.webp', 'K-480.webp', 'K-640.webp', 'K-800.webp']);
    const served = await app.request(image?.src ?? '');
    expect(served.status).toBe(200);
    expect(served.headers.get('Content-Type')).toBe('image/webp');
    expect(served.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 1200, height: 675 });
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect((await app.request('/images/feeds/../../etc/passwd')).status).toBe(404);
    expect((await app.request('/images/feeds/0123456789abcdef0123456789abcdef-999.webp')).status).toBe(404);

    // Polled again: nothing is fetched twice (refusals are remembered; the slow one waits for its retry time).
    const before = requests.filter((r) => r !== '/feed.xml').length;
    const again = await ingestFeed(`${origin}/feed.xml`, { section: 'world' }, deps);
    expect(requests.filter((r) => r !== '/feed.xml').length).toBe(before);
    expect(again.unchanged).toBe(1 + REFUSED.length);
  });
});

describe('encodePicture', () => {
  it('refuses a 40,000 × 40,000 decompression bomb from its header, allocating next to nothing', async () => {
    const bomb = await pngOfSize(40_000, 40_000);
    const before = process.memoryUsage().rss;
    await expect(encodePicture(bomb)).rejects.toThrow('40000 × 40000 pixels');
    // Decoded, it would be 1.6 GB at a byte a pixel; the bound is about 100 MB.
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('keeps a small animation animated', async () => {
    const encoded = await encodePicture(await animatedWebp(200, 100, 3));
    expect(encoded.files.map((f) => f.width)).toEqual([200]);
    expect((await sharp(encoded.files[0]?.bytes).metadata()).pages).toBe(3);
  });
});
