import { type AnyFeed, type AtomFeed, type JsonFeed, MalformedError, parseFeed, ParseError, type RdfFeed, type RssFeed } from 'feedsmith';
import type { FeedEntry, FeedImage, FeedText, ParsedFeed } from './feedTypes';
import { IngestFailure } from './IngestFailure';
import { legacyItemBodies, plain as plainXmlText } from './legacyItemBodies';
import { isImage, mediaImages } from './mediaImages';

/** At most this many entries of one feed are read; the rest are ignored (feeds list their newest first). */
export const MAX_ENTRIES = 500;

// A DOCTYPE in the prolog is removed before parsing: no entity can then be declared, let alone expanded
// or fetched (XXE, "billion laughs"). HTML entity references such as &nbsp; still work: feedsmith
// decodes the HTML named entities itself, and any other reference stays as literal text.
const PROLOG_DOCTYPE = /^((?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*)<!DOCTYPE[^[>]*(?:\[[\s\S]*?\]\s*)?>/i;

/** The document without its DOCTYPE declaration (and internal subset). */
export function withoutDoctype(text: string): string {
  return text.replace(PROLOG_DOCTYPE, '$1');
}

function atomText(text: AtomFeed.Text | AtomFeed.Content | undefined): FeedText | undefined {
  if (text?.value === undefined) return undefined;
  const type = (text.type ?? 'text').toLowerCase();
  const html = ['html', 'xhtml', 'text/html', 'application/xhtml+xml'].includes(type);
  if (!html && type !== 'text' && !type.startsWith('text/')) return undefined; // base64 media and the like
  const result: FeedText = { value: text.value, kind: html ? 'html' : 'text' };
  if (text.xml?.base !== undefined) result.base = text.xml.base;
  return result;
}

const html = (value: string | undefined): FeedText | undefined => (value === undefined ? undefined : { value, kind: 'html' });
const plain = (value: string | undefined): FeedText | undefined => (value === undefined ? undefined : { value, kind: 'text' });

function present<T>(value: T | undefined | null): value is T {
  return value !== undefined && value !== null;
}

function enclosureImages(links: { url?: string; type?: string }[]): FeedImage[] {
  return links.filter((l): l is { url: string; type?: string } => l.url !== undefined && isImage(l.url, l.type)).map((l) => ({ url: l.url }));
}

function rssEntry(item: RssFeed.Item<string> | RdfFeed.Item<string>, legacy: string | undefined): FeedEntry {
  const media = mediaImages(item.media);
  const guid = 'guid' in item ? item.guid : undefined;
  const links = [item.link, ...(item.atom?.links ?? []).filter((l) => (l.rel ?? 'alternate') === 'alternate').map((l) => l.href)];
  if (guid?.value !== undefined && guid.isPermaLink !== false && /^https?:\/\//i.test(guid.value)) links.push(guid.value);
  const categories = [
    ...('categories' in item ? (item.categories ?? []).map((c) => c.name) : []),
    ...(item.dc?.subjects ?? []),
  ];
  const enclosures = 'enclosures' in item ? enclosureImages(item.enclosures ?? []) : [];
  const entry: FeedEntry = {
    links: links.filter(present),
    categories: categories.filter(present),
    images: [...media.images, ...enclosures, ...media.thumbnails],
  };
  const guidValue = guid?.value ?? ('rdf' in item ? item.rdf?.about : undefined);
  if (guidValue !== undefined) entry.guid = guidValue;
  const title = html(item.title ?? item.dc?.titles?.[0]);
  if (title !== undefined) entry.title = title;
  const summary = html(item.description ?? item.dc?.descriptions?.[0]);
  if (summary !== undefined) entry.summary = summary;
  const content = html(item.content?.encoded ?? legacy);
  if (content !== undefined) entry.content = content;
  if (item.xml?.base !== undefined) entry.base = item.xml.base;
  const published = ('pubDate' in item ? item.pubDate : undefined) ?? item.dc?.dates?.[0] ?? item.dcterms?.issued?.[0] ?? item.dcterms?.created?.[0];
  if (published !== undefined) entry.published = published;
  const updated = item.dcterms?.modified?.[0] ?? item.atom?.updated;
  if (updated !== undefined) entry.updated = updated;
  return entry;
}

function atomEntry(item: AtomFeed.Entry<string>): FeedEntry {
  const media = mediaImages(item.media);
  const links = item.links ?? [];
  const alternates = links.filter((l) => (l.rel ?? 'alternate') === 'alternate');
  alternates.sort((a, b) => Number(b.type === 'text/html') - Number(a.type === 'text/html'));
  const enclosures = enclosureImages(links.filter((l) => l.rel === 'enclosure').map((l) => ({ url: l.href, type: l.type })));
  const entry: FeedEntry = {
    links: alternates.map((l) => l.href).filter(present),
    categories: (item.categories ?? []).map((c) => c.label ?? c.term).filter(present),
    images: [...media.images, ...enclosures, ...media.thumbnails],
  };
  if (item.id !== undefined) entry.guid = item.id;
  const title = atomText(item.title);
  if (title !== undefined) entry.title = title;
  const summary = atomText(item.summary);
  if (summary !== undefined) entry.summary = summary;
  const content = item.content?.src === undefined ? atomText(item.content) : undefined;
  if (content !== undefined) entry.content = content;
  if (item.xml?.base !== undefined) entry.base = item.xml.base;
  const published = item.published ?? item.dc?.dates?.[0] ?? item.updated;
  if (published !== undefined) entry.published = published;
  if (item.updated !== undefined) entry.updated = item.updated;
  return entry;
}

function jsonEntry(item: JsonFeed.Item<string>): FeedEntry {
  const images: FeedImage[] = [item.image, item.banner_image].filter(present).map((url) => ({ url }));
  const attachments = (item.attachments ?? []).map((a) => ({ url: a.url, type: a.mime_type }));
  const entry: FeedEntry = {
    links: [item.url, item.external_url].filter(present),
    categories: (item.tags ?? []).filter(present),
    images: [...images, ...enclosureImages(attachments)],
  };
  if (item.id !== undefined) entry.guid = item.id;
  const title = plain(item.title);
  if (title !== undefined) entry.title = title;
  const summary = plain(item.summary);
  if (summary !== undefined) entry.summary = summary;
  const content = html(item.content_html) ?? plain(item.content_text);
  if (content !== undefined) entry.content = content;
  if (item.date_published !== undefined) entry.published = item.date_published;
  if (item.date_modified !== undefined) entry.updated = item.date_modified;
  return entry;
}

const entryKey = (e: FeedEntry): string => plainXmlText(e.guid ?? e.links[0] ?? e.title?.value);

// Legacy bodies (xhtml:body, body, fullitem) join feedsmith's entries: by position when feedsmith kept
// every item, else by guid, link or title; items holding nothing else, which feedsmith drops, are added.
function withLegacyBodies(entries: FeedEntry[], xml: string): FeedEntry[] {
  const bodies = legacyItemBodies(xml);
  if (bodies.length === 0) return entries;
  const withBody = (e: FeedEntry, html: string | undefined): FeedEntry => (e.content === undefined && html !== undefined ? { ...e, content: { value: html, kind: 'html' } } : e);
  if (bodies.length === entries.length) return entries.map((e, i) => withBody(e, bodies[i]?.html));
  const byKey = new Map(bodies.filter(present).flatMap((b) => (b.key === undefined ? [] : [[b.key, b.html] as const])));
  const added = bodies
    .filter(present)
    .filter((b) => b.alone || entries.length === 0)
    .map((b): FeedEntry => ({ links: [], categories: [], images: [], content: { value: b.html, kind: 'html' } }));
  return [...entries.map((e) => withBody(e, byKey.get(entryKey(e)))), ...added].slice(0, MAX_ENTRIES);
}

function describeParseError(error: unknown, text: string): string {
  if (error instanceof MalformedError) return 'the XML is malformed';
  const start = text.replace(/^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/, '').slice(0, 200);
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(start)) return 'this is an HTML page, not a feed';
  if (/^<channel[\s>]/i.test(start)) return 'CDF (Channel Definition Format) is not supported';
  if (start.startsWith('<')) return `not an RSS, Atom or RDF feed (root element ${(/^<([\w:.-]{1,40})/.exec(start)?.[1] ?? 'unknown')})`;
  if (/^[[{]/.test(start)) return 'not a JSON Feed (no "version", "title" or "items")';
  return start === '' ? 'the document is empty' : 'not a feed: neither XML nor JSON';
}

/**
 * Parses decoded feed text (RSS 0.9x/2.0, RSS 1.0 RDF, Atom 0.3/1.0, JSON Feed 1.x) with feedsmith
 * into one shape. Throws IngestFailure with a one-line reason when it is not a feed.
 */
export function readFeedDocument(raw: string): ParsedFeed {
  const text = withoutDoctype(raw.replace(/^\uFEFF/, ''));
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(text, { maxItems: MAX_ENTRIES });
  } catch (error) {
    // feedsmith says ParseError when it recognised the format but found no field it knows: a feed
    // with no entries, unless items hide in legacy elements that feedsmith skips.
    if (error instanceof ParseError) {
      const entries = withLegacyBodies([], text);
      if (entries.length === 0 && /<(?:[\w-]+:)?(?:item|entry)[\s>]/i.test(text)) {
        throw new IngestFailure('no entry has a title, link, text or date that can be read');
      }
      const format = /^\s*\{/.test(text) ? 'json' : /<(?:[\w-]+:)?RDF[\s>]/i.test(text) ? 'rdf' : /<(?:[\w-]+:)?feed[\s>]/i.test(text) ? 'atom' : 'rss';
      return { format, entries };
    }
    throw new IngestFailure(describeParseError(error, text));
  }
  switch (parsed.format) {
    case 'rss':
    case 'rdf': {
      const feed = parsed.feed;
      const entries = withLegacyBodies((feed.items ?? []).map((item) => rssEntry(item, undefined)), text);
      const result: ParsedFeed = { format: parsed.format, entries };
      if (feed.title !== undefined) result.title = feed.title;
      if (feed.link !== undefined) result.link = feed.link;
      if (feed.xml?.base !== undefined) result.base = feed.xml.base;
      return result;
    }
    case 'atom': {
      const feed = parsed.feed;
      const result: ParsedFeed = { format: 'atom', entries: (feed.entries ?? []).map(atomEntry) };
      if (feed.title?.value !== undefined) result.title = feed.title.value;
      const link = (feed.links ?? []).find((l) => (l.rel ?? 'alternate') === 'alternate')?.href;
      if (link !== undefined) result.link = link;
      if (feed.xml?.base !== undefined) result.base = feed.xml.base;
      return result;
    }
    case 'json': {
      const feed = parsed.feed;
      const result: ParsedFeed = { format: 'json', entries: (feed.items ?? []).slice(0, MAX_ENTRIES).map(jsonEntry) };
      if (feed.title !== undefined) result.title = feed.title;
      if (feed.home_page_url !== undefined) result.link = feed.home_page_url;
      return result;
    }
  }
}
