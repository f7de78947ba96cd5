import { ARTICLE_IMAGE_SIZES, TOP_STORY_IMAGE_SIZES } from '../../contract/imageSizes';
import type { FirstPaint } from '../../contract/firstPaint';
import type { Image } from '../../contract/schemas';
import { isSectionSlug, sectionTitle } from '../../contract/sections';
import { choiceFromUrl, choiceToUrl } from '../../features/feed/sectionChoice';
import { parseSearchParams } from '../../features/search/searchParams';
import type { Store } from '../store/createStore';
import { escapeHtml, pageHeadTags, withPageHead, type PageHead } from './pageHead';
import { articlePreview, feedPreview, searchPreview, sectionPreview } from './pagePreview';

/** What the page needs first, to fetch while the app's script downloads, and its first paint (see pagePreview). */
interface Preloads {
  /** API paths, exactly as the app requests them. */
  fetch: string[];
  /** The page drawn in the HTML, replaced by the app once it has drawn it. */
  preview?: string;
  /** The picture that is likely the page's largest paint. */
  image?: { image: Image; sizes: string };
}

const PRELOADS_END = '<!--/page-head-->';

function preloadTags({ fetch, image }: Preloads): string {
  const tags = fetch.map((path) => `<link rel="preload" href="${escapeHtml(path)}" as="fetch" crossorigin="anonymous" />`);
  if (image !== undefined) {
    const { src, srcset } = image.image;
    tags.push(
      srcset === undefined
        ? `<link rel="preload" href="${escapeHtml(src)}" as="image" fetchpriority="high" />`
        : `<link rel="preload" as="image" imagesrcset="${escapeHtml(srcset)}" imagesizes="${escapeHtml(image.sizes)}" fetchpriority="high" />`,
    );
  }
  return tags.join('\n    ');
}

// The app's feed request for some sections (as src/api/queries.ts builds it).
function feedPath(sections: string | null): string {
  return sections === null ? '/api/feed' : `/api/feed?${new URLSearchParams({ sections }).toString()}`;
}

/** What the server knows of the reader: the choices the app mirrors in a cookie, and the browser's Save-Data. */
export interface Reader {
  paint: FirstPaint | null;
  saveData: boolean;
}

function pageOf(path: string, search: URLSearchParams, origin: string, store: Store, now: number): { head: PageHead | null; preloads: Preloads } {
  if (path === '/') {
    // The filter as the app reads it; none drawn when the address names an unknown section (the app says so).
    const fromUrl = choiceFromUrl(search.get('sections'));
    const chosen = fromUrl === undefined ? null : fromUrl.unknown.length > 0 ? undefined : fromUrl.choice;
    const top = store.topStories(10);
    const lead = top[0];
    return {
      head: null,
      preloads: {
        fetch: ['/api/top-stories', feedPath(choiceToUrl(chosen ?? null))],
        image: lead?.image === undefined ? undefined : { image: lead.image, sizes: TOP_STORY_IMAGE_SIZES },
        preview: chosen === undefined ? undefined : feedPreview(top, store.feed(chosen, 20, null).items, chosen, now),
      },
    };
  }
  if (path === '/search') {
    // Only a plain search (words, no filters, nothing the app would correct) is drawn.
    const { request, problems } = parseSearchParams(search);
    const { q } = request;
    if (q === '' || problems.length > 0 || request.sections !== null || request.from !== null || request.to !== null) return { head: null, preloads: { fetch: [] } };
    const results = store.search(q, { sections: null, from: null, to: null }, 20, null);
    return {
      head: null,
      preloads: {
        fetch: [`/api/search?${new URLSearchParams({ q }).toString()}`],
        preview: results.total === 0 ? undefined : searchPreview(q, results, now),
      },
    };
  }
  const [, section = '', id = ''] = path.replace(/\/+$/, '').split('/');
  if (!isSectionSlug(section)) return { head: null, preloads: { fetch: [] } };
  if (id === '') {
    const title = sectionTitle(section);
    return {
      head: { title: `${title} — Newswire`, description: `The latest ${title} news from Newswire.`, url: `${origin}/${section}` },
      preloads: { fetch: [feedPath(section)], preview: sectionPreview(section, store.feed([section], 20, null).items, now) },
    };
  }
  const article = store.article(Number(id));
  if (article === null) return { head: null, preloads: { fetch: [] } };
  return {
    head: {
      title: `${article.title} — Newswire`,
      description: article.lead,
      url: `${origin}${article.url}`,
      image: article.image === undefined ? undefined : new URL(article.image.src, origin).href,
      article,
    },
    preloads: {
      fetch: [`/api/articles/${String(article.id)}`, '/api/top-stories'],
      image: article.image === undefined ? undefined : { image: article.image, sizes: ARTICLE_IMAGE_SIZES },
      preview: search.has('page') ? undefined : articlePreview(article, store.topStories(10), now),
    },
  };
}

/**
 * What of the page the server may draw for this reader: nothing that the app would then draw
 * differently (another city's times, an unfiltered feed) and no picture the reader holds back.
 */
function fitFor(reader: Reader, path: string, search: URLSearchParams, preloads: Preloads): Preloads {
  const limits = reader.paint?.limits;
  const noPictures = reader.saveData || limits?.noPictures === true;
  const filtered = path === '/' && !search.has('sections') && limits?.filteredFeed === true;
  const noPreview = noPictures || filtered || limits?.otherCity === true;
  return { fetch: preloads.fetch, image: noPictures ? undefined : preloads.image, preview: noPreview ? undefined : preloads.preview };
}

// The reader's display choices on <html>, as the app sets them (src/lib/displayPrefs.ts applyPrefs).
function withDisplayChoices(html: string, paint: FirstPaint | null): string {
  if (paint === null) return html;
  const { theme, textSize, lineWidth, motion } = paint.prefs;
  return html.replace('<html lang="en">', `<html lang="en" data-theme="${theme}" data-text-size="${textSize}" data-line-width="${lineWidth}" data-motion="${motion}">`);
}

/**
 * index.html for an app route: article and section pages carry their own title, description and
 * preview tags (so a pasted link previews without the app); every page preloads the API answers and
 * the picture it needs first, and the feed, section and article pages come drawn (pagePreview.ts), in
 * the reader's theme and text size, so the reader sees the news while the app's script downloads.
 */
export function appPageHtml(indexHtml: string, path: string, search: URLSearchParams, origin: string, store: Store, reader: Reader, now = Date.now()): string {
  let page: ReturnType<typeof pageOf>;
  try {
    page = pageOf(path, search, origin, store, now);
  } catch {
    page = { head: null, preloads: { fetch: [] } }; // the app draws the page and reports what went wrong
  }
  const preloads = fitFor(reader, path, search, page.preloads);
  const html = withDisplayChoices(page.head === null ? indexHtml : withPageHead(indexHtml, `${pageHeadTags(page.head)}\n    ${PRELOADS_END}`), reader.paint);
  const tags = preloadTags(preloads);
  const withTags = tags === '' ? html : html.replace(PRELOADS_END, `${tags}\n    ${PRELOADS_END}`);
  return preloads.preview === undefined ? withTags : withTags.replace('<div id="root"></div>', `<div id="root" inert>${preloads.preview}</div>`);
}
