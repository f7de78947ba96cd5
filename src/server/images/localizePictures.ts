import { JSDOM } from 'jsdom';
import type { Image } from '../../contract/schemas';
import type { FetchOptions } from '../ingest/fetchFeed';
import type { FeedArticleInput } from '../store/ingestStore';
import type { PictureRecord, PictureStore } from './createPictureStore';
import { encodePicture } from './encodePicture';
import { fetchPicture } from './fetchPicture';
import { picturePath } from './pictureLimits';
import { PictureRefusal } from './PictureRefusal';
import { writePictureFiles } from './writePictureFiles';

/** What ingest needs to make a feed's pictures the site's own. */
export interface PictureDeps {
  store: PictureStore;
  /** Directory of the stored files (served at /images/feeds/). */
  dir: string;
  fetchOptions: FetchOptions;
  now: () => number;
  log: (line: string) => void;
  /** The fetch (default fetchPicture); the bench passes generated files. */
  fetch?: (url: string, options: FetchOptions, timeoutMs?: number) => Promise<Uint8Array>;
  /** The time limit of one picture's fetch (default PICTURE_LIMITS.timeoutMs, 20 s); tests make it short. */
  timeoutMs?: number;
}

/** How many pictures a feed's stories ended with, and how many were refused (each logged). */
export interface PictureCounts {
  kept: number;
  refused: number;
}

/** A picture that could not be reached is tried again on a poll this much later. */
export const RETRY_AFTER_MS = 6 * 60 * 60 * 1000;

const { window } = new JSDOM('<!doctype html><html><body></body></html>');

type Stored = Extract<PictureRecord, { status: 'stored' }>;

async function pictureOf(url: string, deps: PictureDeps, feed: string): Promise<Stored | null> {
  const known = await deps.store.find(url);
  if (known?.status === 'stored') return known;
  if (known?.status === 'refused' && (known.retryAfter === null || known.retryAfter > deps.now())) return null;
  try {
    const bytes = await (deps.fetch ?? fetchPicture)(url, deps.fetchOptions, deps.timeoutMs);
    const encoded = await encodePicture(bytes);
    await writePictureFiles(deps.dir, encoded);
    const record: Stored = { status: 'stored', key: encoded.key, width: encoded.width, height: encoded.height, widths: encoded.files.map((f) => f.width) };
    await deps.store.record(url, record, deps.now());
    return record;
  } catch (error) {
    const refusal = error instanceof PictureRefusal ? error : new PictureRefusal(`could not be stored (${error instanceof Error ? error.message : String(error)})`);
    deps.log(`${feed}: left out the picture ${url}: ${refusal.message}`);
    await deps.store.record(url, { status: 'refused', reason: refusal.message, retryAfter: refusal.transient ? deps.now() + RETRY_AFTER_MS : null }, deps.now());
    return null;
  }
}

function largest(picture: Stored): number {
  return Math.max(...picture.widths);
}

function photo(image: Image, picture: Stored): Image {
  const localized: Image = { alt: image.alt, src: picturePath(picture.key, largest(picture)), width: picture.width, height: picture.height, sourceUrl: image.src };
  if (image.caption !== undefined) localized.caption = image.caption;
  if (image.credit !== undefined) localized.credit = image.credit;
  if (picture.widths.length > 1) localized.srcset = picture.widths.map((w) => `${picturePath(picture.key, w)} ${String(w)}w`).join(', ');
  return localized;
}

async function localizeBody(html: string, deps: PictureDeps, feed: string, counts: PictureCounts): Promise<string> {
  if (!/<img\s/i.test(html)) return html;
  const template = window.document.createElement('template');
  template.innerHTML = html;
  for (const img of Array.from(template.content.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    // A stored body (a known story of a full-text source) already has the site's own pictures.
    if (src.startsWith('/images/feeds/')) {
      counts.kept += 1;
      continue;
    }
    const picture = /^https?:\/\//i.test(src) ? await pictureOf(src, deps, feed) : null;
    if (picture === null) {
      if (src !== '' && !src.startsWith('/')) counts.refused += 1;
      const parent = img.parentElement;
      img.remove();
      // A link, paragraph or figure that only held the picture would be left empty.
      if (parent !== null && ['A', 'P', 'FIGURE'].includes(parent.nodeName) && parent.textContent.trim() === '' && parent.children.length === 0) parent.remove();
      continue;
    }
    counts.kept += 1;
    img.setAttribute('src', picturePath(picture.key, largest(picture)));
    img.setAttribute('width', String(picture.width));
    img.setAttribute('height', String(picture.height));
  }
  return template.innerHTML;
}

/**
 * Replaces every picture of `articles` (the photo and each <img> of the body) with the site's own copy,
 * fetched, checked and stored once per URL; a refused picture is left out (and logged), never the story.
 * Pictures are fetched one at a time: a feed of 50 stories does not open 50 connections to one site.
 */
export async function localizePictures(articles: readonly FeedArticleInput[], deps: PictureDeps, feed: string): Promise<PictureCounts> {
  const counts: PictureCounts = { kept: 0, refused: 0 };
  for (const article of articles) {
    if (article.image !== undefined) {
      const picture = /^https?:\/\//i.test(article.image.src) ? await pictureOf(article.image.src, deps, feed) : null;
      if (picture === null) {
        delete article.image;
        counts.refused += 1;
      } else {
        article.image = photo(article.image, picture);
        counts.kept += 1;
      }
    }
    const pages: string[] = [];
    for (const page of article.pages) pages.push(await localizeBody(page, deps, feed, counts));
    article.pages = pages;
  }
  return counts;
}
