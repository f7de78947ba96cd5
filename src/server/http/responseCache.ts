import type { MiddlewareHandler } from 'hono';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** One cached answer: the serialised JSON, its ETag and, once asked for, its gzip encoding. */
export interface CachedAnswer {
  version: string;
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  cacheControl: string | null;
  gzip: Uint8Array<ArrayBuffer> | null;
}

interface ResponseCacheOptions {
  /** The store's content version: an answer cached under another version is stale. */
  version: () => string;
  /** Bounds on what is kept (least recently used answers go first). */
  maxEntries?: number;
  maxBytes?: number;
}

// Compression pays only above a packet or so; the same threshold as Hono's compress middleware.
const GZIP_THRESHOLD = 1024;

/** True when an Accept-Encoding header accepts gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    return q === undefined || Number(q) > 0;
  });
}

/**
 * Caches successful JSON answers of GET requests by path and query: the body is serialised, its
 * ETag hashed and its gzip encoding made once per content version, instead of on every request.
 * An answer is served only while the store's version is the one it was made under, so any write
 * (whoever makes it) invalidates everything at once; nothing is guessed per route.
 */
export function responseCache({ version, maxEntries = 5000, maxBytes = 64 * 1024 * 1024 }: ResponseCacheOptions): MiddlewareHandler {
  const answers = new Map<string, CachedAnswer>();
  let bytes = 0;

  const forget = (key: string) => {
    const old = answers.get(key);
    if (old === undefined) return;
    answers.delete(key);
    bytes -= old.body.length + (old.gzip?.length ?? 0);
  };
  const remember = (key: string, answer: CachedAnswer) => {
    forget(key);
    answers.set(key, answer);
    bytes += answer.body.length + (answer.gzip?.length ?? 0);
    for (const oldest of answers.keys()) {
      if (answers.size <= maxEntries && bytes <= maxBytes) break;
      forget(oldest);
    }
  };
  const respond = (answer: CachedAnswer, acceptEncoding: string | undefined): Response => {
    const headers = new Headers({ 'Content-Type': 'application/json', ETag: answer.etag, Vary: 'Accept-Encoding' });
    if (answer.cacheControl !== null) headers.set('Cache-Control', answer.cacheControl);
    if (answer.body.length >= GZIP_THRESHOLD && acceptsGzip(acceptEncoding)) {
      if (answer.gzip === null) {
        answer.gzip = new Uint8Array(gzipSync(answer.body));
        bytes += answer.gzip.length;
      }
      headers.set('Content-Encoding', 'gzip');
      return new Response(answer.gzip, { headers });
    }
    return new Response(answer.body, { headers });
  };

  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const url = c.req.url;
    const query = url.indexOf('?');
    const key = query === -1 ? c.req.path : c.req.path + url.slice(query);
    const current = version();
    const hit = answers.get(key);
    if (hit?.version === current) {
      answers.delete(key); // most recently used goes last
      answers.set(key, hit);
      return respond(hit, c.req.header('Accept-Encoding'));
    }
    await next();
    const res = c.res;
    if (res.status !== 200 || !(res.headers.get('Content-Type') ?? '').startsWith('application/json')) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const answer: CachedAnswer = {
      version: current,
      body,
      etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`,
      cacheControl: res.headers.get('Cache-Control'),
      gzip: null,
    };
    remember(key, answer);
    c.res = undefined; // replace the answer rather than merge its headers into the cached one
    c.res = respond(answer, c.req.header('Accept-Encoding'));
  };
}
