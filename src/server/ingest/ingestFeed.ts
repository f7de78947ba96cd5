import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SectionSlug } from '../../contract/sections';
import { plainText } from '../html/articleHtml';
import { localizePictures, type PictureCounts, type PictureDeps } from '../images/localizePictures';
import type { Store } from '../store/createStore';
import type { IngestStore } from '../store/ingestStore';
import { cutText } from './cutText';
import { decodeFeedBytes } from './decodeFeedBytes';
import { entriesToArticles } from './entriesToArticles';
import type { EntryContext, FeedArticle } from './entryToArticle';
import type { FeedEntry, ParsedFeed } from './feedTypes';
import { fetchFullText } from './fetchFullText';
import { DEFAULT_FETCH_OPTIONS, fetchFeed, type FetchOptions } from './fetchFeed';
import { IngestFailure } from './IngestFailure';
import { readFeedDocument } from './readFeedDocument';
import { resolveBase, resolveFeedUrl } from './resolveFeedUrl';

/** Where articles of a feed go: the default section and the category → section rules. */
export interface SectionRules {
  section: SectionSlug;
  /** Feed category (any case) → section; the first category of an entry that has a rule wins. */
  categories?: Readonly<Record<string, SectionSlug>>;
  /** Fetch the linked page of each new story whose feed gives only a summary, and keep its main text. */
  fullText?: boolean;
}

/** What ingest needs around it. */
export interface IngestDeps {
  store: Store;
  ingestStore: IngestStore;
  now: () => number;
  fetchOptions?: FetchOptions;
  /** Lines for the operator beyond the report (why a story's page could not be used). */
  log?: (line: string) => void;
  /** Makes a feed's entries into articles (entriesToArticles' results, in order) off this thread too; else here. */
  prepareEntries?: (entries: FeedEntry[], context: EntryContext) => Promise<(FeedArticle | null)[]>;
  /** Fetches, checks and stores each story's pictures, which are then served from this site; without it (parsing tests) the feed's picture URLs are kept as found. */
  pictures?: PictureDeps;
}

/** One feed's bytes and what is known about where they came from. */
export interface FeedDocument {
  /** How the feed is named in messages (its URL or file path). */
  label: string;
  bytes: Uint8Array;
  /** HTTP Content-Type, when fetched. */
  contentType?: string;
  /** The URL the bytes came from (after redirects): the base of relative URLs. */
  documentUrl?: string;
  /** Identity of the feed for guids that are not URIs; defaults to documentUrl or label. */
  feedKey?: string;
}

/** The outcome of ingesting one feed. */
export interface IngestReport {
  feed: string;
  /** imported: its entries are stored (new, updated or unchanged); empty: a valid feed without entries; not-modified: HTTP 304. */
  status: 'imported' | 'empty' | 'not-modified';
  format?: string;
  encoding?: string;
  created: number;
  updated: number;
  unchanged: number;
  /** Entries with neither a title nor any text: not stored. */
  skipped: number;
  /** With fullText: stories whose page gave the whole text, and stories that kept the feed's summary. */
  fullText?: { fetched: number; failed: number };
  /** With the picture service: pictures now served from this site, and pictures left out (each logged with its reason). */
  pictures?: PictureCounts;
  /** HTTP validators for the next conditional request. */
  etag?: string;
  lastModified?: string;
}

/** A feed that could not be ingested: the message is one line naming the feed and the reason. */
export class IngestError extends Error {
  constructor(
    readonly feed: string,
    readonly reason: string,
  ) {
    super(`${feed}: ${reason}`.replace(/\s+/g, ' '));
    this.name = 'IngestError';
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof IngestFailure) return error.message;
  // SQLite's SQLITE_FULL: the disk (or the database's max_page_count) has no room for the transaction.
  if (error instanceof Error && 'code' in error && error.code === 'SQLITE_FULL') {
    return 'the disk is full (SQLite: database or disk is full); nothing of this feed was stored: free some space and ingest it again';
  }
  if (error instanceof Error) return `could not be stored (${error.message.split('\n')[0] ?? error.name})`;
  return String(error);
}

function ruleMap(rules: SectionRules): Map<string, SectionSlug> {
  return new Map(Object.entries(rules.categories ?? {}).map(([category, section]) => [category.trim().toLowerCase(), section]));
}

/** A decoded and parsed feed, its entries made into articles, before anything is stored. */
interface PreparedFeed {
  report: IngestReport;
  now: number;
  /** With each article, whether the feed gave only its summary (no full content element). */
  stories: { article: FeedArticle; summaryOnly: boolean }[];
}

/** A decoded and parsed feed and what its entries need to become articles. */
interface ReadFeed {
  feed: ParsedFeed;
  encoding: string;
  context: EntryContext;
}

function readDocument(doc: FeedDocument, rules: SectionRules, deps: IngestDeps): ReadFeed {
  const decoded = decodeFeedBytes(doc.bytes, doc.contentType);
  const feed = readFeedDocument(decoded.text);
  const documentBase = resolveFeedUrl(doc.documentUrl, undefined) ?? undefined;
  // A file has no URL of its own: its site link (when absolute) is the next best base.
  const base = resolveBase(feed.base, documentBase) ?? resolveFeedUrl(feed.link, undefined) ?? undefined;
  const siteLink = resolveFeedUrl(feed.link, base);
  const feedTitle = cutText(plainText(feed.title ?? ''), 120) || (siteLink === null ? '' : new URL(siteLink).hostname) || doc.label;
  const context: EntryContext = {
    feedKey: doc.feedKey ?? doc.documentUrl ?? doc.label,
    base,
    feedTitle,
    defaultSection: rules.section,
    categoryRules: ruleMap(rules),
    now: deps.now(),
  };
  return { feed, encoding: decoded.encoding, context };
}

function preparedFeed(doc: FeedDocument, { feed, encoding, context }: ReadFeed, articles: readonly (FeedArticle | null)[]): PreparedFeed {
  const stories: PreparedFeed['stories'] = [];
  feed.entries.forEach((entry, i) => {
    const article = articles[i];
    if (article != null) stories.push({ article, summaryOnly: entry.content === undefined });
  });
  const report: IngestReport = {
    feed: doc.label,
    status: feed.entries.length === 0 ? 'empty' : 'imported',
    format: feed.format,
    encoding,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: feed.entries.length - stories.length,
  };
  return { report, now: context.now, stories };
}

function prepareDocument(doc: FeedDocument, rules: SectionRules, deps: IngestDeps): PreparedFeed {
  const read = readDocument(doc, rules, deps);
  return preparedFeed(doc, read, entriesToArticles({ entries: read.feed.entries, context: read.context }));
}

// prepareDocument, with the entries made into articles by deps.prepareEntries (on two threads) when given.
async function prepareDocumentAsync(doc: FeedDocument, rules: SectionRules, deps: IngestDeps): Promise<PreparedFeed> {
  if (deps.prepareEntries === undefined) return prepareDocument(doc, rules, deps);
  const read = readDocument(doc, rules, deps);
  return preparedFeed(doc, read, await deps.prepareEntries(read.feed.entries, read.context));
}

// All of a feed's stories in one transaction, or none.
async function storePrepared(prepared: PreparedFeed, deps: IngestDeps): Promise<IngestReport> {
  const { report } = prepared;
  await deps.store.transaction(async () => {
    for (const { article } of prepared.stories) {
      const { outcome } = await deps.ingestStore.upsertFeedArticle(article, prepared.now);
      report[outcome] += 1;
    }
  });
  return report;
}

/**
 * The whole story for each summary-only article of a full-text source: a new story gets its page's
 * main text (one page at a time, so a feed of 50 stories does not open 50 connections to one site);
 * a known one keeps the body already stored, so the summary never replaces a fetched story. Any
 * failure keeps the summary and is logged with its reason.
 */
async function fillFullText(prepared: PreparedFeed, deps: IngestDeps): Promise<void> {
  const counts = { fetched: 0, failed: 0 };
  for (const story of prepared.stories) {
    if (!story.summaryOnly) continue;
    const stored = await deps.ingestStore.storedPages(story.article);
    if (stored !== null) {
      story.article.pages = stored;
      continue;
    }
    const link = story.article.link;
    if (link === null) continue;
    try {
      story.article.pages = [await fetchFullText(link, deps.fetchOptions ?? DEFAULT_FETCH_OPTIONS)];
      counts.fetched += 1;
    } catch (error) {
      counts.failed += 1;
      deps.log?.(`${prepared.report.feed}: kept the summary of ${link}: ${reasonOf(error)}`);
    }
  }
  prepared.report.fullText = counts;
}

async function readFeedFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new IngestFailure(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'the file cannot be read (permission denied)' : 'the file cannot be opened');
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new IngestFailure('not a file');
    if (info.size > maxBytes) throw new IngestFailure(`the file is ${String(info.size)} bytes, more than the limit of ${String(maxBytes)}`);
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/**
 * Ingests one feed document: decode, parse, turn entries into articles, fetch the pages of a
 * full-text source and (with deps.pictures) the stories' pictures, then write them all in one
 * transaction (all of them or none). Throws IngestError naming the feed and the reason.
 */
export async function ingestDocument(doc: FeedDocument, rules: SectionRules, deps: IngestDeps): Promise<IngestReport> {
  try {
    const prepared = await prepareDocumentAsync(doc, rules, deps);
    if (rules.fullText === true) await fillFullText(prepared, deps);
    if (deps.pictures !== undefined) prepared.report.pictures = await localizePictures(prepared.stories.map((s) => s.article), deps.pictures, doc.label);
    return await storePrepared(prepared, deps);
  } catch (error) {
    throw new IngestError(doc.label, reasonOf(error));
  }
}

/** True when `target` names a URL rather than a file. */
export function isUrl(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
}

/**
 * Ingests a feed from an http(s) URL (within the fetch limits and address rules) or a local file.
 * `validators` make the request conditional (the poller passes the last ETag / Last-Modified).
 */
export async function ingestFeed(
  target: string,
  rules: SectionRules,
  deps: IngestDeps,
  validators: { etag?: string; lastModified?: string } = {},
): Promise<IngestReport> {
  const options = { ...(deps.fetchOptions ?? DEFAULT_FETCH_OPTIONS), ...validators };
  if (!isUrl(target)) {
    let bytes: Uint8Array;
    try {
      bytes = await readFeedFile(target, options.maxBytes);
    } catch (error) {
      throw new IngestError(target, reasonOf(error));
    }
    return ingestDocument({ label: target, bytes, feedKey: pathToFileURL(resolve(target)).href }, rules, deps);
  }
  let fetched;
  try {
    fetched = await fetchFeed(target, options);
  } catch (error) {
    throw new IngestError(target, reasonOf(error));
  }
  if (fetched.status === 'not-modified') {
    return { feed: target, status: 'not-modified', created: 0, updated: 0, unchanged: 0, skipped: 0, ...validators };
  }
  const doc: FeedDocument = { label: target, bytes: fetched.bytes, documentUrl: fetched.url, feedKey: target };
  if (fetched.contentType !== undefined) doc.contentType = fetched.contentType;
  const report = await ingestDocument(doc, rules, deps);
  if (fetched.etag !== undefined) report.etag = fetched.etag;
  if (fetched.lastModified !== undefined) report.lastModified = fetched.lastModified;
  return report;
}
