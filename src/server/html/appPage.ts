import { ARTICLE_IMAGE_SIZES, TOP_STORY_IMAGE_SIZES } from '../../contract/imageSizes';
import type { Image } from '../../contract/schemas';
import { isSectionSlug, sectionTitle } from '../../contract/sections';
import type { Store } from '../store/createStore';
import { escapeHtml, pageHeadTags, withPageHead, type PageHead } from './pageHead';

/** What the page needs first, to fetch while the app's script downloads. */
interface Preloads {
  /** API paths, exactly as the app requests them. */
  fetch: string[];
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

function pageOf(path: string, search: URLSearchParams, origin: string, store: Store): { head: PageHead | null; preloads: Preloads } {
  if (path === '/') {
    const sections = search.get('sections');
    const valid = sections !== null && sections.split(',').every(isSectionSlug) ? sections : null;
    const lead = store.topStories(1)[0];
    return {
      head: null,
      preloads: {
        fetch: ['/api/top-stories', feedPath(valid)],
        image: lead?.image === undefined ? undefined : { image: lead.image, sizes: TOP_STORY_IMAGE_SIZES },
      },
    };
  }
  const [, section = '', id = ''] = path.replace(/\/+$/, '').split('/');
  if (!isSectionSlug(section)) return { head: null, preloads: { fetch: [] } };
  if (id === '') {
    const title = sectionTitle(section);
    return {
      head: { title: `${title} — Newswire`, description: `The latest ${title} news from Newswire.`, url: `${origin}/${section}` },
      preloads: { fetch: [feedPath(section)] },
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
      fetch: [`/api/articles/${String(article.id)}`],
      image: article.image === undefined ? undefined : { image: article.image, sizes: ARTICLE_IMAGE_SIZES },
    },
  };
}

/**
 * index.html for an app route: article and section pages carry their own title, description and
 * preview tags (so a pasted link previews without the app), and every page preloads the API answers
 * and the picture it needs first, so they download while the app's script does.
 */
export function appPageHtml(indexHtml: string, path: string, search: URLSearchParams, origin: string, store: Store): string {
  const { head, preloads } = pageOf(path, search, origin, store);
  const html = head === null ? indexHtml : withPageHead(indexHtml, `${pageHeadTags(head)}\n    ${PRELOADS_END}`);
  const tags = preloadTags(preloads);
  return tags === '' ? html : html.replace(PRELOADS_END, `${tags}\n    ${PRELOADS_END}`);
}
