import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { forbiddenAddressReason } from './forbiddenAddress';
import { IngestFailure } from './IngestFailure';

/** Limits and permissions of one fetch. */
export interface FetchOptions {
  /** Largest body accepted, in bytes, after decompression. */
  maxBytes: number;
  /** Whole fetch (every redirect included) must finish within this many milliseconds. */
  timeoutMs: number;
  /** At most this many redirects are followed. */
  maxRedirects: number;
  /** Allow loopback and private addresses: only for local testing. */
  allowPrivate: boolean;
  /** "host:port" origins allowed whatever their address (a test server), while every other address is checked. */
  allowHosts?: readonly string[];
  /** Validators of the last answer, for a conditional request. */
  etag?: string;
  lastModified?: string;
  /** What the caller expects, for the message refusing another kind of answer (default "a feed"). */
  expected?: string;
  /** The media types accepted (default: the feed types); `text/html` lets an article page through. */
  acceptTypes?: (mediaType: string) => boolean;
  /** The Accept header sent (default: the feed types). */
  accept?: string;
}

/** What a fetch brought back. */
export type FetchResult =
  | { status: 'ok'; bytes: Uint8Array; contentType: string | undefined; url: string; etag?: string; lastModified?: string }
  | { status: 'not-modified'; url: string };

/** The limits used unless a caller sets others: 5 MiB, 20 s, 3 redirects, public addresses only. */
export const DEFAULT_FETCH_OPTIONS: FetchOptions = { maxBytes: 5 * 1024 * 1024, timeoutMs: 20_000, maxRedirects: 3, allowPrivate: false };

const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1';
const PLAIN_FEED_TYPES = new Set(['application/xml', 'text/xml', 'application/json', 'text/plain', 'application/octet-stream', 'text/rss', 'text/atom']);

// Feeds are served as application/rss+xml, atom+xml, feed+json, plain XML or JSON, and by some servers as text/plain.
function isFeedMediaType(mediaType: string): boolean {
  if (mediaType === 'application/xhtml+xml') return false;
  return /\/[\w.+-]*\+(?:xml|json)$/.test(mediaType) || PLAIN_FEED_TYPES.has(mediaType);
}

/** Checks every address a host name resolves to (IPv4 and IPv6), so the connection can only go to an allowed one. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error !== null) {
        callback(error, '', 4);
        return;
      }
      const refused = allowPrivate ? undefined : addresses.find((a) => forbiddenAddressReason(a.address) !== null);
      if (refused !== undefined) {
        const reason = forbiddenAddressReason(refused.address) ?? 'forbidden';
        callback(Object.assign(new Error(`${hostname} resolves to ${refused.address} (${reason}), which feeds may not use`), { code: 'EFORBIDDENADDR' }), '', 4);
        return;
      }
      if (addresses.length === 0) {
        callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 4);
        return;
      }
      if (options.all === true) callback(null, addresses);
      else callback(null, addresses[0]?.address ?? '', addresses[0]?.family ?? 4);
    });
  };
}

/** True when `url` may reach any address: private addresses are allowed, or its host:port is listed. */
function unrestricted(url: URL, options: Pick<FetchOptions, 'allowPrivate' | 'allowHosts'>): boolean {
  const port = url.port === '' ? (url.protocol === 'https:' ? '443' : '80') : url.port;
  return options.allowPrivate || (options.allowHosts ?? []).includes(`${url.hostname}:${port}`);
}

/** Refuses what is not http(s) or, unless allowed, names a forbidden IP address (or localhost) literally. */
export function checkFeedUrl(raw: string, options: Pick<FetchOptions, 'allowPrivate' | 'allowHosts'>): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new IngestFailure(`"${raw.slice(0, 200)}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new IngestFailure(`only http and https URLs can be fetched, not ${url.protocol}`);
  if (url.username !== '' || url.password !== '') throw new IngestFailure('URLs with a user name or password are not fetched');
  if (unrestricted(url, options)) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = forbiddenAddressReason(host);
  if (literal !== null && literal !== 'not an IP address') throw new IngestFailure(`${host} is a ${literal} address, which feeds may not use`);
  if (/^localhost\.?$|\.localhost\.?$/i.test(host)) throw new IngestFailure(`${host} is this machine, which feeds may not use`);
  return url;
}

function decompressed(res: IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(createGunzip());
  if (encoding === 'deflate') return res.pipe(createInflate());
  if (encoding === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

// Failures to reach the other end at all, as opposed to an answer that was refused.
const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENETDOWN']);

function isNetworkError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && NETWORK_CODES.has(error.code);
}

function describe(error: unknown): string {
  if (error instanceof IngestFailure) return error.message;
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `the host name does not resolve (${code})`;
    if (code === 'ECONNREFUSED') return 'the server refused the connection';
    if (code === 'ECONNRESET') return 'the server closed the connection';
    if (code === 'Z_DATA_ERROR' || code === 'ERR_PADDING_1' || code.startsWith('Z_')) return 'the compressed body is corrupt';
    return error.message.split('\n')[0] ?? 'network error';
  }
  return String(error);
}

function header(res: IncomingMessage, name: string): string | undefined {
  const value = res.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function requestOnce(url: URL, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const headers: Record<string, string> = {
      'User-Agent': 'Newswire-Ingest/1.0 (news reader; feed fetcher)',
      Accept: options.accept ?? ACCEPT,
      'Accept-Encoding': 'gzip, deflate, br',
    };
    if (options.etag !== undefined) headers['If-None-Match'] = options.etag;
    if (options.lastModified !== undefined) headers['If-Modified-Since'] = options.lastModified;
    const req = client.get(url, { headers, lookup: guardedLookup(unrestricted(url, options)), signal }, resolve);
    req.on('error', reject);
  });
}

async function readBody(res: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(header(res, 'content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw new IngestFailure(`the body is ${String(declared)} bytes, more than the limit of ${String(maxBytes)}`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const stream = decompressed(res);
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > maxBytes) {
      res.destroy();
      stream.destroy();
      throw new IngestFailure(`the body is larger than the limit of ${String(maxBytes)} bytes`);
    }
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Fetches a feed over http(s) within the limits of `options`: each redirect target is checked again
 * (scheme, literal address, and every address its name resolves to, at connection time).
 * Fails with an IngestFailure whose message says why in one line.
 */
export async function fetchFeed(rawUrl: string, options: FetchOptions): Promise<FetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    let url = checkFeedUrl(rawUrl, options);
    for (let redirects = 0; ; redirects++) {
      const res = await requestOnce(url, options, controller.signal);
      const status = res.statusCode ?? 0;
      if ([301, 302, 303, 307, 308].includes(status)) {
        res.resume();
        const location = header(res, 'location');
        if (location === undefined) throw new IngestFailure(`HTTP ${String(status)} redirect without a Location`);
        if (redirects >= options.maxRedirects) throw new IngestFailure(`more than ${String(options.maxRedirects)} redirects`);
        url = checkFeedUrl(new URL(location, url).href, options);
        continue;
      }
      if (status === 304) {
        res.resume();
        return { status: 'not-modified', url: url.href };
      }
      if (status < 200 || status > 299) {
        res.resume();
        throw new IngestFailure(`HTTP ${String(status)}${res.statusMessage === undefined ? '' : ` ${res.statusMessage}`}`);
      }
      const contentType = header(res, 'content-type');
      const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (mediaType !== '' && !(options.acceptTypes ?? isFeedMediaType)(mediaType)) {
        res.resume();
        const what = mediaType === 'text/html' || mediaType === 'application/xhtml+xml' ? 'an HTML page' : mediaType;
        throw new IngestFailure(`the URL returned ${what}, not ${options.expected ?? 'a feed'} (Content-Type ${mediaType})`);
      }
      const bytes = await readBody(res, options.maxBytes);
      const result: FetchResult = { status: 'ok', bytes, contentType, url: url.href };
      const etag = header(res, 'etag');
      const lastModified = header(res, 'last-modified');
      if (etag !== undefined) result.etag = etag;
      if (lastModified !== undefined) result.lastModified = lastModified;
      return result;
    }
  } catch (error) {
    if (controller.signal.aborted) throw new IngestFailure(`no complete answer within ${String(options.timeoutMs / 1000)} s`, { network: true });
    throw error instanceof IngestFailure ? error : new IngestFailure(describe(error), { network: isNetworkError(error) });
  } finally {
    clearTimeout(timer);
  }
}
