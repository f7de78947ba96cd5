import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyTestBackend } from '../../../test/testStore';
import { DEFAULT_FETCH_OPTIONS, fetchFeed, type FetchOptions, guardedLookup } from './fetchFeed';
import { ingestFeed } from './ingestFeed';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title><item><title>Local story</title><link>/story/1</link><guid>https://local.example/1</guid></item></channel></rss>';

let server: Server;
let origin: string;
let host: string;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes: Record<string, Handler> = {
  '/feed': (_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(FEED),
  '/etag': (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
    else res.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: '"v1"' }).end(FEED);
  },
  '/r1': (_req, res) => res.writeHead(301, { Location: '/r2' }).end(),
  '/r2': (_req, res) => res.writeHead(302, { Location: `${origin}/r3` }).end(),
  '/r3': (_req, res) => res.writeHead(307, { Location: '/feed' }).end(),
  '/r0': (_req, res) => res.writeHead(308, { Location: '/r1' }).end(),
  '/to-private': (_req, res) => res.writeHead(302, { Location: 'http://10.0.0.1/feed' }).end(),
  '/to-loopback-v6': (_req, res) => res.writeHead(302, { Location: 'http://[::ffff:127.0.0.1]:9/feed' }).end(),
  '/to-localhost': (_req, res) => res.writeHead(302, { Location: 'http://localhost:9/feed' }).end(),
  '/to-metadata': (_req, res) => res.writeHead(303, { Location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  '/to-file': (_req, res) => res.writeHead(302, { Location: 'file:///etc/passwd' }).end(),
  '/slow': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    res.write('<rss version="2.0"><channel>');
    setTimeout(() => res.end('</channel></rss>'), 2_000).unref();
  },
  '/big': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    const chunk = `<!-- ${'x'.repeat(64 * 1024)} -->`;
    let sent = 0;
    const more = () => {
      while (sent < 40 && res.write(chunk)) sent++;
      if (sent < 40) res.once('drain', more);
      else res.end();
    };
    more();
  },
  '/big-declared': (_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Length': String(50 * 1024 * 1024) }).end(),
  '/gzip-bomb': (_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': 'gzip' }).end(gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20))),
  '/gzip': (_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': 'gzip' }).end(gzipSync(FEED)),
  '/html': (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Home</title>'),
  '/html-as-xml': (_req, res) => res.writeHead(200, { 'Content-Type': 'application/xml' }).end('<!DOCTYPE html><html><head><title>Home</title></head><body></body></html>'),
  '/png': (_req, res) => res.writeHead(200, { 'Content-Type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  '/windows-1251': (_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=windows-1251' }).end(
    Buffer.concat([Buffer.from('<rss version="2.0"><channel><item><title>'), Buffer.from([0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8]), Buffer.from('</title></item></channel></rss>')]),
  ),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const handler = routes[(req.url ?? '').split('?')[0] ?? ''];
    if (handler === undefined) res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not here');
    else handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${String(port)}`;
  origin = `http://${host}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

// Only the test server is allowed; every other address (redirect targets included) is checked.
const options = (extra: Partial<FetchOptions> = {}): FetchOptions => ({ ...DEFAULT_FETCH_OPTIONS, allowHosts: [host], ...extra });

async function failure(path: string, extra: Partial<FetchOptions> = {}): Promise<string> {
  try {
    await fetchFeed(`${origin}${path}`, options(extra));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error(`${path} did not fail`);
}

describe('fetchFeed on a local server (allowed explicitly for the test)', () => {
  it('fetches a feed and its content type', async () => {
    const result = await fetchFeed(`${origin}/feed`, options());
    expect(result).toMatchObject({ status: 'ok', contentType: 'application/rss+xml', url: `${origin}/feed` });
    expect(result.status === 'ok' && new TextDecoder().decode(result.bytes)).toBe(FEED);
  });

  it('follows up to 3 redirects and reports the final URL, but not a 4th', async () => {
    expect(await fetchFeed(`${origin}/r1`, options())).toMatchObject({ status: 'ok', url: `${origin}/feed` });
    expect(await failure('/r0')).toBe('more than 3 redirects');
  });

  it('checks every redirect target again: private, loopback (IPv4-mapped IPv6), localhost, metadata, non-http', async () => {
    expect(await failure('/to-private')).toBe('10.0.0.1 is a private address, which feeds may not use');
    expect(await failure('/to-loopback-v6')).toMatch(/^::ffff:7f00:1 is a loopback address/);
    expect(await failure('/to-localhost')).toBe('localhost is this machine, which feeds may not use');
    expect(await failure('/to-metadata')).toMatch(/^169\.254\.169\.254 is a link-local \/ metadata address/);
    expect(await failure('/to-file')).toBe('only http and https URLs can be fetched, not file:');
  });

  it('refuses loopback and private URLs unless allowed', async () => {
    await expect(fetchFeed(`${origin}/feed`, DEFAULT_FETCH_OPTIONS)).rejects.toThrow(/^127\.0\.0\.1 is a loopback address/);
    await expect(fetchFeed('http://[::1]:9/feed', DEFAULT_FETCH_OPTIONS)).rejects.toThrow(/^::1 is a loopback address/);
    await expect(fetchFeed('http://0x7f.1:9/feed', DEFAULT_FETCH_OPTIONS)).rejects.toThrow(/^127\.0\.0\.1 is a loopback/);
    await expect(fetchFeed('ftp://example.com/feed', DEFAULT_FETCH_OPTIONS)).rejects.toThrow(/only http and https/);
    await expect(fetchFeed('not a url', DEFAULT_FETCH_OPTIONS)).rejects.toThrow(/not a valid URL/);
    expect(await fetchFeed(`${origin}/feed`, { ...DEFAULT_FETCH_OPTIONS, allowPrivate: true })).toMatchObject({ status: 'ok' });
  });

  it('checks every address a name resolves to, at connection time', async () => {
    const lookup = guardedLookup(false);
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => lookup('localhost', { all: true }, (e) => resolve(e)));
    expect(error?.message).toMatch(/^localhost resolves to (127\.0\.0\.1|::1) \(loopback\)/);
    const allowed = await new Promise<NodeJS.ErrnoException | null>((resolve) => guardedLookup(true)('localhost', {}, (e) => resolve(e)));
    expect(allowed).toBeNull();
  });

  it('gives up on a slow answer at the time cap', async () => {
    // The body would complete after 2 s; the cap ends the fetch first.
    expect(await failure('/slow', { timeoutMs: 300 })).toBe('no complete answer within 0.3 s');
  });

  it('refuses bodies over the size cap, declared or streamed, and decompression bombs', async () => {
    expect(await failure('/big', { maxBytes: 1024 * 1024 })).toBe('the body is larger than the limit of 1048576 bytes');
    expect(await failure('/big-declared', { maxBytes: 1024 * 1024 })).toBe('the body is 52428800 bytes, more than the limit of 1048576');
    expect(await failure('/gzip-bomb', { maxBytes: 1024 * 1024 })).toBe('the body is larger than the limit of 1048576 bytes');
    const gzip = await fetchFeed(`${origin}/gzip`, options());
    expect(gzip.status === 'ok' && new TextDecoder().decode(gzip.bytes)).toBe(FEED);
  });

  it('refuses wrong content types and HTTP errors in one line', async () => {
    expect(await failure('/html')).toBe('the URL returned an HTML page, not a feed (Content-Type text/html)');
    expect(await failure('/png')).toBe('the URL returned image/png, not a feed (Content-Type image/png)');
    expect(await failure('/missing')).toBe('HTTP 404 Not Found');
  });

  it('makes conditional requests with the last ETag', async () => {
    const first = await fetchFeed(`${origin}/etag`, options());
    expect(first).toMatchObject({ status: 'ok', etag: '"v1"' });
    expect(await fetchFeed(`${origin}/etag`, options({ etag: '"v1"' }))).toEqual({ status: 'not-modified', url: `${origin}/etag` });
  });
});

describe('ingestFeed from a URL', () => {
  // On both stores (server and server-postgres projects).
  const deps = async () => {
    const { store, ingestStore } = await createEmptyTestBackend();
    return { store, deps: { store, ingestStore, now: Date.now, fetchOptions: options() } };
  };

  it('stores the feed, resolving relative links against the final URL after redirects', async () => {
    const { store, deps: d } = await deps();
    const report = await ingestFeed(`${origin}/r1`, { section: 'world' }, d);
    expect(report).toMatchObject({ feed: `${origin}/r1`, status: 'imported', created: 1 });
    const article = (await store.feed(null, 10, null)).items[0];
    expect(article?.title).toBe('Local story');
    expect((await store.article(article!.id))?.otherMedia).toEqual([{ title: 'Local story', url: `${origin}/story/1`, source: 'Local' }]);
  });

  it('uses the HTTP charset (windows-1251)', async () => {
    const { store, deps: d } = await deps();
    expect(await ingestFeed(`${origin}/windows-1251`, { section: 'world' }, d)).toMatchObject({ encoding: 'windows-1251', created: 1 });
    expect((await store.feed(null, 10, null)).items[0]?.title).toBe('Новости');
  });

  it('says which feed failed and why, in one line', async () => {
    const { deps: d } = await deps();
    await expect(ingestFeed(`${origin}/html-as-xml`, { section: 'world' }, d)).rejects.toThrow(`${origin}/html-as-xml: this is an HTML page, not a feed`);
    await expect(ingestFeed(`${origin}/to-private`, { section: 'world' }, d)).rejects.toThrow(`${origin}/to-private: 10.0.0.1 is a private address, which feeds may not use`);
    await expect(ingestFeed('/no/such/file.xml', { section: 'world' }, d)).rejects.toThrow('/no/such/file.xml: no such file');
  });

  it('reports "not modified" when the server says 304', async () => {
    const { deps: d } = await deps();
    expect(await ingestFeed(`${origin}/etag`, { section: 'world' }, d, { etag: '"v1"' })).toMatchObject({ status: 'not-modified', created: 0 });
  });
});
