import { createHash } from 'node:crypto';
import type { Image, Topic } from '../../contract/schemas';
import type { SectionSlug } from '../../contract/sections';
import { htmlToText, plainText } from '../html/articleHtml';
import type { FeedArticleInput } from '../store/ingestStore';
import { absolutizeHtml, type BodyImage } from './absolutizeHtml';
import { cutText } from './cutText';
import type { FeedEntry, FeedImage, FeedText } from './feedTypes';
import { parseFeedDate } from './parseFeedDate';
import { resolveBase, resolveFeedUrl } from './resolveFeedUrl';
import { topicSlug } from './topicSlug';

/** What ingest knows about the feed an entry came from. */
export interface EntryContext {
  /** Identity of the feed (its URL, or the file's URL), used to qualify guids that are not URIs. */
  feedKey: string;
  /** Base for relative URLs: the feed's xml:base resolved against its own URL, when http(s). */
  base: string | undefined;
  /** The feed's title as plain text (the "In other media" source). */
  feedTitle: string;
  defaultSection: SectionSlug;
  /** Lowercased category → section. */
  categoryRules: ReadonlyMap<string, SectionSlug>;
  now: number;
}

/** An article made from a feed entry, ready for the store. */
export type FeedArticle = FeedArticleInput;


/** Longest lead kept (characters); longer ones are cut at a sentence or word. */
export const LEAD_MAX = 300;
/** Longest title kept. */
export const TITLE_MAX = 250;
/** Size given to a photo whose feed states none: 16:9, the shape of most news photos. */
export const DEFAULT_PHOTO = { width: 1600, height: 900 } as const;
const MAX_TOPICS = 10;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/\p{Cc}/gu, '').trim();
}

function textOf(text: FeedText | undefined): string {
  if (text === undefined) return '';
  return oneLine(text.kind === 'html' ? plainText(text.value) : text.value);
}

function bodyHtml(text: FeedText): string {
  if (text.kind === 'html') return text.value;
  return text.value
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function normalizedDate(raw: string | undefined, now: number): number | null {
  const time = parseFeedDate(raw);
  if (time === null || time < 0) return null;
  return Math.min(time, now);
}

function guidKey(entry: FeedEntry, feedKey: string): string | null {
  const guid = entry.guid?.trim();
  if (guid === undefined || guid === '' || guid.length > 1000) return null;
  return /^[a-z][a-z0-9+.-]*:\S/i.test(guid) ? guid : `${feedKey}#${guid}`;
}

function photoOf(candidates: readonly FeedImage[], bodyImage: BodyImage | undefined, base: string | undefined, title: string): Image | undefined {
  // resolveFeedUrl keeps http(s) URLs only; the server fetches the picture either way (localizePictures).
  const found = candidates
    .map((c) => ({ ...c, url: resolveFeedUrl(c.url, base) }))
    .find((c): c is FeedImage & { url: string } => c.url !== null);
  const chosen = found ?? (bodyImage === undefined ? undefined : { url: bodyImage.src, alt: bodyImage.alt, width: bodyImage.width, height: bodyImage.height });
  if (chosen === undefined) return undefined;
  const sized = chosen.width !== undefined && chosen.height !== undefined;
  const image: Image = {
    src: chosen.url,
    alt: cutText(plainText(chosen.alt ?? '') || title, 250),
    width: sized ? (chosen.width ?? DEFAULT_PHOTO.width) : DEFAULT_PHOTO.width,
    height: sized ? (chosen.height ?? DEFAULT_PHOTO.height) : DEFAULT_PHOTO.height,
  };
  const caption = chosen.caption === undefined ? '' : cutText(plainText(chosen.caption), LEAD_MAX);
  const credit = chosen.credit === undefined ? '' : cutText(plainText(chosen.credit), 120);
  if (caption !== '') image.caption = caption;
  if (credit !== '') image.credit = credit;
  return image;
}

function topicsOf(categories: readonly string[]): Topic[] {
  const topics = new Map<string, Topic>();
  for (const category of categories) {
    const title = cutText(plainText(category), 80);
    if (title === '') continue;
    const slug = topicSlug(title);
    if (!topics.has(slug)) topics.set(slug, { slug, title });
    if (topics.size >= MAX_TOPICS) break;
  }
  return [...topics.values()];
}

/**
 * Turns one feed entry into an article: plain-text title and lead, absolute URLs, photo, topics,
 * section, dates. An entry with neither a title nor any text is not a story: null (the ingest counts it
 * as skipped).
 */
export function entryToArticle(entry: FeedEntry, context: EntryContext): FeedArticle | null {
  const base = resolveBase(entry.base, context.base);
  const body = entry.content ?? entry.summary;
  const bodyBase = resolveBase(body?.base, base);
  const wantsBodyImage = !entry.images.some((i) => resolveFeedUrl(i.url, base) !== null);
  const absolute = body === undefined ? { html: '' } : absolutizeHtml(bodyHtml(body), bodyBase, wantsBodyImage);
  const bodyText = absolute.html === '' ? '' : htmlToText(absolute.html).replace(/\s+/g, ' ').trim();

  // A feed without a content element gives its story as the summary: its text is the body's, already
  // sanitized once above (sanitizing an 8 KB body again for the lead cost as much as the first time).
  const summaryText = entry.summary !== undefined && entry.summary === body && body.kind === 'html' ? oneLine(bodyText) : textOf(entry.summary);
  const fullLead = summaryText !== '' ? summaryText : bodyText;
  const lead = cutText(fullLead, LEAD_MAX);
  const link = entry.links.map((l) => resolveFeedUrl(l, base)).find((l) => l !== null) ?? null;
  // Valid feeds always give a title or text; an entry with neither has nothing to show a reader.
  const title = [cutText(textOf(entry.title), TITLE_MAX), cutText(fullLead, 100)].find((t) => t !== '');
  if (title === undefined) return null;

  const guid = guidKey(entry, context.feedKey);
  const derived = link === null && guid === null ? `${context.feedKey}#sha256:${createHash('sha256').update(`${title}\n${entry.published ?? ''}`).digest('hex').slice(0, 32)}` : null;
  // A body that only repeats the lead adds nothing under it; the page then shows the lead alone.
  const pages = bodyText === '' || (bodyText === lead && lead === fullLead && absolute.firstImage === undefined && !/<img\s/i.test(absolute.html)) ? [''] : [absolute.html];

  const topics = topicsOf(entry.categories);
  const section = entry.categories.map((c) => context.categoryRules.get(plainText(c).toLowerCase())).find((s) => s !== undefined) ?? context.defaultSection;
  const publishedAt = normalizedDate(entry.published, context.now);
  const updated = normalizedDate(entry.updated, context.now);
  const article: FeedArticle = {
    guid: guid ?? derived,
    hasGuid: guid !== null,
    link,
    section,
    title,
    lead,
    pages,
    topics,
    publishedAt,
    updatedAt: updated !== null && publishedAt !== null && updated > publishedAt ? updated : null,
    otherMedia: link === null ? [] : [{ title, url: link, source: context.feedTitle }],
  };
  const image = photoOf(entry.images, absolute.firstImage, base, title);
  if (image !== undefined) article.image = image;
  return article;
}
