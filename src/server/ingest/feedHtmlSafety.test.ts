import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../html/articleHtml';
import { createStore, type Store } from '../store/createStore';
import { createIngestStore } from '../store/ingestStore';
import { openDatabase, type Db } from '../store/openDatabase';
import { type IngestDeps, ingestDocument } from './ingestFeed';

// Ingest sanitizes each feed body once (absolutizeHtml) and the store keeps it as it is. That is safe
// only if what absolutizeHtml gives is exactly what the store's own sanitizer would have kept: a fixed
// point of sanitizeArticleHtml, with nothing outside the article allow-list. Checked here with every
// XSS probe of DOMPurify's fixtures and the Big List of Naughty Strings, through the whole ingest path.

const corpora = new URL('../../../../shared/corpora/', import.meta.url);
const fixtures = (JSON.parse(readFileSync(new URL('dompurify-fixtures/expect.json', corpora), 'utf8')) as { payload: string }[]).map((f) => f.payload);
const naughty = JSON.parse(readFileSync(new URL('blns/blns.json', corpora), 'utf8')) as string[];
// The search index's highlight markers (U+E000, U+E001) where removing them after sanitizing would turn
// an allowed URL into a disallowed one ("/\uE000/evil.example" into "//evil.example").
const markers = ['<a href="/\uE000/evil.example/">m</a>', '<img src="/\uE001/evil.example/x.png">', '<a href="h\uE000ttps://x.example/">m</a><p>\uE000text\uE001</p>'];
const payloads = [...fixtures, ...naughty, ...markers];

// The contract's allow-list (src/contract/articleHtml.ts), written out again so that this test checks it
// independently, plus what its hooks add (target/rel on external links, lazy pictures).
const TAGS = new Set(['P', 'BR', 'HR', 'H2', 'H3', 'H4', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'SUB', 'SUP', 'SMALL', 'MARK', 'CITE', 'Q', 'ABBR', 'CODE', 'PRE', 'SPAN', 'A', 'FIGURE', 'FIGCAPTION', 'IMG', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD']);
const ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'width', 'height', 'class', 'colspan', 'rowspan', 'scope', 'lang', 'dir', 'cite', 'target', 'rel', 'loading', 'decoding']);
const { window } = new JSDOM('');

/** What in `html` lies outside the allow-list (empty when nothing does). */
function outsideAllowList(html: string): string[] {
  const template = window.document.createElement('template');
  template.innerHTML = html;
  const found: string[] = [];
  for (const el of Array.from(template.content.querySelectorAll('*'))) {
    if (!TAGS.has(el.tagName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`<${el.tagName}>`);
    for (const attr of Array.from(el.attributes)) {
      // DOMPurify cannot remove `is` (the browser has already made the element) and empties it instead.
      if (attr.name === 'is' && attr.value === '') continue;
      if (!ATTRIBUTES.has(attr.name)) found.push(`${el.tagName} ${attr.name}`);
      else if (['href', 'src', 'cite'].includes(attr.name) && !/^https?:\/\/\S/i.test(attr.value)) found.push(`${el.tagName} ${attr.name}="${attr.value}"`);
    }
  }
  return found;
}

/** Scripts, event handlers and javascript: URLs in `html`, said directly (the allow-list check implies it too). */
function dangerous(html: string): string[] {
  const template = window.document.createElement('template');
  template.innerHTML = html;
  const found = Array.from(template.content.querySelectorAll('script')).map(() => '<script>');
  for (const el of Array.from(template.content.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
      if (/^[\s\p{Cc}]*(?:javascript|vbscript|data):/iu.test(attr.value) && attr.name !== 'alt' && attr.name !== 'title') found.push(`${el.tagName} ${attr.name}="${attr.value}"`);
    }
  }
  return found;
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Control characters other than tab and newlines cannot appear in XML at all, escaped or not.
const xmlSafe = (text: string) =>
  Array.from(text)
    .filter((c) => {
      const n = c.codePointAt(0) ?? 0;
      return (n >= 0x20 || n === 0x09 || n === 0x0a || n === 0x0d) && n !== 0xfffe && n !== 0xffff;
    })
    .join('');

// A feed holds at most 500 entries (MAX_ENTRIES): the payloads go in feeds of 400.
const PER_FEED = 400;
const parts = Array.from({ length: Math.ceil(payloads.length / PER_FEED) }, (_, n) => n * PER_FEED);

/** One item per payload from `from`: as content:encoded (with a description) or as the description alone (the summary is the body). */
function feed(round: string, asContent: boolean, from: number): string {
  const items = payloads.slice(from, from + PER_FEED).map((payload, at) => {
    const i = from + at;
    const html = xmlText(xmlSafe(`<p>${round} story ${String(i)}</p>${payload}<p><a href="more/${String(i)}.html">more</a> <img src="img/${String(i)}.jpg" width="40" height="30"></p>`));
    const body = asContent ? `<description>Short ${String(i)}</description><content:encoded>${html}</content:encoded>` : `<description>${html}</description>`;
    return `<item><guid>urn:safety:${String(i)}</guid><title>Story ${String(i)}</title><link>https://agency.example/${String(i)}</link>${body}</item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Safety</title><link>https://agency.example/</link>${items.join('')}</channel></rss>`;
}

let db: Db;
let store: Store;
let deps: IngestDeps;
beforeEach(() => {
  db = openDatabase(':memory:');
  store = createStore(db);
  deps = { store, ingestStore: createIngestStore(db, store), now: () => Date.parse('2026-12-01T12:00:00Z') };
});

function storedPages(): string[] {
  return db
    .prepare<[], { pages: string }>('SELECT pages FROM articles')
    .all()
    .flatMap((row) => pagesOf(row.pages));
}
function pagesOf(json: string): string[] {
  const pages: unknown = JSON.parse(json);
  return Array.isArray(pages) ? pages.filter((p): p is string => typeof p === 'string') : [];
}

describe('feed HTML is sanitized once, to exactly what the store would keep', () => {
  for (const asContent of [true, false]) {
    it(`${String(payloads.length)} hostile bodies as ${asContent ? 'content:encoded' : 'the description alone'}: created, then updated`, async () => {
      expect(fixtures.length).toBeGreaterThan(200);
      for (const round of ['first', 'second']) {
        const report = { created: 0, updated: 0 };
        for (const from of parts) {
          const doc = { label: 'safety.xml', bytes: new TextEncoder().encode(feed(round, asContent, from)), documentUrl: 'https://agency.example/feed/rss.xml' };
          const part = await ingestDocument(doc, { section: 'world' }, deps);
          report.created += part.created;
          report.updated += part.updated;
        }
        expect(report.created + report.updated).toBeGreaterThan(payloads.length * 0.9);
        if (round === 'second') expect(report.updated).toBeGreaterThan(payloads.length * 0.9);
        const pages = storedPages().filter((p) => p.includes(`${round} story`));
        // A body whose payload swallowed the rest (an open comment) may be no more than its lead: stored as ''.
        expect(pages.length).toBeGreaterThan((report.created + report.updated) * 0.9);
        const notFixed = pages.filter((p) => sanitizeArticleHtml(p) !== p);
        expect(notFixed).toEqual([]);
        expect(pages.flatMap(outsideAllowList)).toEqual([]);
        expect(pages.flatMap(dangerous)).toEqual([]);
        expect(pages.filter((p) => /[\uE000\uE001]/.test(p))).toEqual([]);
        // Relative URLs were resolved against the feed, not dropped or left to mean this site (a payload
        // that opens a comment or an attribute may swallow the link after it).
        expect(pages.filter((p) => p.includes('href="https://agency.example/feed/more/')).length).toBeGreaterThan(pages.length * 0.8);
      }
    }, 60_000);
  }
});

describe('every other way into the store still sanitizes', () => {
  it('insertArticle (seeding, demo data) sanitizes the pages it is given', async () => {
    const id = await store.insertArticle({
      section: 'world', title: 'Seeded', lead: 'Lead', datelinePlace: '', publishedAt: Date.now(), persons: [], topics: [], otherMedia: [], origin: 'demo',
      pages: ['<p onclick="alert(1)">Text<script>alert(2)</script></p><img src="x" onerror="alert(3)"><a href="javascript:alert(4)">x</a><svg><circle/></svg>'],
    });
    const [page] = (await store.article(id))?.pages ?? [];
    expect(page).toBe(sanitizeArticleHtml(page ?? ''));
    expect(outsideAllowList(page ?? '')).toEqual([]);
    expect(page).not.toMatch(/onclick|onerror|script|javascript|svg/);
    expect(page).toContain('<p>Text</p>');
  });
});
