import type { MiddlewareHandler } from 'hono';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { cacheHits } from '../metrics/metrics';

/** One cached answer: the serialised JSON, its ETag and, once asked for, its gzip encoding. */
interface CachedAnswer {
  version: string;
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  cacheControl: string | null;
  /** The app's own Vary (besides Accept-Encoding, which the cache adds), e.g. Save-Data on pages. */
  vary: string | null;
  gzip: Uint8Array<ArrayBuffer> | null;
  /** The headers the whole app sent with each encoding, once seen, as [name, value, ...] with Content-Length: replayed by `serveNode`. */
  sent: { identity: string[] | null; gzip: string[] | null };
}

interface ResponseCacheOptions {
  /** The store's content version: an answer cached under another version is stale. */
  version: () => string;
  /** The media type of the answers kept (default JSON; pages are HTML). */
  contentType?: 'application/json' | 'text/html';
  /** Which request paths `serveNode` may answer (default: the API's). */
  serves?: (path: string) => boolean;
  /** The part of the key that depends on the request's headers (pages rendered for a reader's choices, Save-Data). */
  variant?: (headers: { cookie: string | undefined; saveData: string | undefined }) => string;
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
 * A cache of successful JSON answers to GET requests, by path and query: each body is serialised,
 * its ETag hashed and its gzip encoding made once per content version instead of on every request.
 * An answer is served only while the store's version is the one it was made under, so any write
 * (whoever makes it) invalidates everything at once; nothing is guessed per route.
 *
 * - `middleware` (on API routes) fills the cache and answers from it inside the app;
 * - `recorder` (first middleware of the app) notes the headers the app finally sent with a cached
 *   answer: security headers, Cache-Control, ETag, Vary;
 * - `serveNode` answers a plain GET for a cached, recorded answer straight from node:http with
 *   exactly those headers, before the request reaches the framework. Anything else (conditional
 *   requests, HEAD, a stale or unknown answer) falls through to the app.
 */
export function createResponseCache({
  version,
  contentType = 'application/json',
  serves = (path) => path.startsWith('/api/'),
  variant = () => '',
  maxEntries = 5000,
  maxBytes = 64 * 1024 * 1024,
}: ResponseCacheOptions) {
  const answers = new Map<string, CachedAnswer>();
  const served = new WeakMap<Request, { answer: CachedAnswer; encoding: 'identity' | 'gzip' }>();
  let bytes = 0;

  const size = (a: CachedAnswer) => a.body.length + (a.gzip?.length ?? 0);
  const forget = (key: string) => {
    const old = answers.get(key);
    if (old === undefined) return;
    answers.delete(key);
    bytes -= size(old);
  };
  const remember = (key: string, answer: CachedAnswer) => {
    forget(key);
    answers.set(key, answer);
    bytes += size(answer);
    for (const oldest of answers.keys()) {
      if (answers.size <= maxEntries && bytes <= maxBytes) break;
      forget(oldest);
    }
  };
  const fresh = (key: string): CachedAnswer | undefined => {
    const hit = answers.get(key);
    if (hit === undefined || hit.version !== version()) return undefined;
    answers.delete(key); // most recently used goes last
    answers.set(key, hit);
    return hit;
  };
  const gzipped = (answer: CachedAnswer): Uint8Array<ArrayBuffer> => {
    if (answer.gzip === null) {
      answer.gzip = new Uint8Array(gzipSync(answer.body));
      bytes += answer.gzip.length;
    }
    return answer.gzip;
  };
  const wantsGzip = (answer: CachedAnswer, acceptEncoding: string | undefined) => answer.body.length >= GZIP_THRESHOLD && acceptsGzip(acceptEncoding);

  const respond = (request: Request, answer: CachedAnswer): Response => {
    const vary = ['Accept-Encoding', ...(answer.vary ?? '').split(',').map((v) => v.trim()).filter((v) => v !== '' && v.toLowerCase() !== 'accept-encoding')].join(', ');
    const headers = new Headers({ 'Content-Type': contentType === 'text/html' ? 'text/html; charset=UTF-8' : contentType, ETag: answer.etag, Vary: vary });
    if (answer.cacheControl !== null) headers.set('Cache-Control', answer.cacheControl);
    const gzip = wantsGzip(answer, request.headers.get('Accept-Encoding') ?? undefined);
    served.set(request, { answer, encoding: gzip ? 'gzip' : 'identity' });
    if (gzip) headers.set('Content-Encoding', 'gzip');
    return new Response(gzip ? gzipped(answer) : answer.body, { headers });
  };

  const keyOf = (url: string, headers: { cookie: string | undefined; saveData: string | undefined }): string => `${url}\n${variant(headers)}`;

  const middleware: MiddlewareHandler = async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const url = c.req.url;
    const key = keyOf(url.slice(url.indexOf('/', url.indexOf('//') + 2)), { cookie: c.req.header('Cookie'), saveData: c.req.header('Save-Data') });
    const hit = fresh(key);
    if (hit !== undefined) {
      cacheHits.inc({ cache: 'response' });
      return respond(c.req.raw, hit);
    }
    const current = version();
    await next();
    const res = c.res;
    if (res.status !== 200 || !(res.headers.get('Content-Type') ?? '').startsWith(contentType)) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const answer: CachedAnswer = {
      version: current,
      body,
      etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`,
      cacheControl: res.headers.get('Cache-Control'),
      vary: res.headers.get('Vary'),
      gzip: null,
      sent: { identity: null, gzip: null },
    };
    remember(key, answer);
    c.res = undefined; // replace the handler's answer rather than merge its headers into this one
    c.res = respond(c.req.raw, answer);
  };

  const recorder: MiddlewareHandler = async (c, next) => {
    await next();
    const use = served.get(c.req.raw);
    if (use === undefined || c.req.method !== 'GET' || c.res.status !== 200) return;
    // Only an answer that left the app with the body as cached (not re-encoded on the way out).
    if ((c.res.headers.get('Content-Encoding') ?? 'identity') !== use.encoding) return;
    const headers: string[] = [];
    c.res.headers.forEach((value, name) => {
      if (name !== 'content-length' && name !== 'transfer-encoding') headers.push(name, value);
    });
    const body = use.encoding === 'gzip' ? gzipped(use.answer) : use.answer.body;
    use.answer.sent[use.encoding] = [...headers, 'content-length', String(body.length)];
  };

  /** Answers `req` from the cache when it can (true), or leaves it untouched for the app (false). */
  const serveNode = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url ?? '';
    if (req.method !== 'GET' || !serves(url) || req.headers['if-none-match'] !== undefined) return false;
    const saveData = req.headers['save-data'];
    const answer = fresh(keyOf(url, { cookie: req.headers.cookie, saveData: Array.isArray(saveData) ? saveData[0] : saveData }));
    if (answer === undefined) return false;
    const gzip = wantsGzip(answer, req.headers['accept-encoding']);
    const headers = answer.sent[gzip ? 'gzip' : 'identity'];
    if (headers === null) return false;
    res.writeHead(200, headers);
    res.end(gzip ? gzipped(answer) : answer.body);
    cacheHits.inc({ cache: 'response' });
    return true;
  };

  return { middleware, recorder, serveNode };
}

/** A response cache (see createResponseCache). */
export type ResponseCache = ReturnType<typeof createResponseCache>;
