import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { htmlToText } from '../html/articleHtml';
import { absolutizeHtml } from './absolutizeHtml';
import { charsetOf, decodeFeedBytes } from './decodeFeedBytes';
import { fetchFeed, type FetchOptions } from './fetchFeed';
import { IngestFailure } from './IngestFailure';

/** Article pages are larger than feeds' items but not than feeds: 2 MiB, 15 s. */
const PAGE_LIMITS = { maxBytes: 2 * 1024 * 1024, timeoutMs: 15_000 } as const;
/** Fewer characters than this is a teaser, a paywall or a cookie wall, not the story. */
export const MIN_STORY_CHARS = 200;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

// HTML declares its charset in a <meta> (HTML's own pre-scan reads the first 1024 bytes); the HTTP
// header, when present, has priority, as in a browser.
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head)?.[1];
}

/**
 * Fetches the page a story links to through the feeds' safe fetcher (same address rules, redirects
 * checked again, size and time limits) and extracts its main text with Mozilla's Readability on jsdom
 * (no scripts run, no resources loaded). Returns the article's HTML with absolute URLs, sanitized with
 * the article allow-list (the store keeps it as it is, like every feed body); throws an IngestFailure saying why
 * there is none.
 */
export async function fetchFullText(url: string, options: FetchOptions): Promise<string> {
  const fetched = await fetchFeed(url, {
    ...options,
    ...PAGE_LIMITS,
    etag: undefined,
    lastModified: undefined,
    expected: 'an article page',
    accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1',
    acceptTypes: (type) => HTML_TYPES.has(type),
  });
  if (fetched.status !== 'ok') throw new IngestFailure('the page answered "not modified" to a request that was not conditional');
  const charset = charsetOf(fetched.contentType) ?? metaCharset(fetched.bytes);
  const { text } = decodeFeedBytes(fetched.bytes, charset === undefined ? undefined : `text/html; charset=${charset}`);
  // Pages' own CSS and script errors are none of the operator's business.
  const dom = new JSDOM(text, { url: fetched.url, virtualConsole: new VirtualConsole() });
  try {
    const article = new Readability(dom.window.document).parse();
    const content = article?.content ?? '';
    if (content === '') throw new IngestFailure('no article text found on the page');
    const html = absolutizeHtml(content, fetched.url).html;
    const length = htmlToText(html).replace(/\s+/g, ' ').trim().length;
    if (length < MIN_STORY_CHARS) throw new IngestFailure(`the page's main text is only ${String(length)} characters`);
    return html;
  } finally {
    dom.window.close();
  }
}
