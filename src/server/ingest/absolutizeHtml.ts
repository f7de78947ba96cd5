import { JSDOM } from 'jsdom';
import { resolveFeedUrl } from './resolveFeedUrl';

// Feed HTML uses URLs relative to the feed (or its xml:base). They are made absolute before the
// article sanitizer runs: the sanitizer would otherwise read "/x" as a path on this site, and drop
// "x.html" altogether. Whatever cannot become an absolute http(s) URL loses the attribute.

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
const URL_ATTRIBUTES = ['href', 'src', 'cite'];

/** The first picture of a body, as found in its <img>. */
export interface BodyImage {
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

/** A body with absolute URLs, and its first picture when asked to take it out. */
export interface AbsoluteHtml {
  html: string;
  firstImage?: BodyImage;
}

function dimension(value: string | null): number | undefined {
  if (value === null || !/^\s*\d{1,5}\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/**
 * Resolves href, src and cite in `html` against `base` (dropping those that do not resolve to
 * http(s)). With `takeFirstImage`, the first https <img> is removed and returned, to become the photo.
 */
export function absolutizeHtml(html: string, base: string | undefined, takeFirstImage = false): AbsoluteHtml {
  const template = window.document.createElement('template');
  template.innerHTML = html;
  for (const el of Array.from(template.content.querySelectorAll('[href], [src], [cite], [srcset]'))) {
    el.removeAttribute('srcset');
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const resolved = resolveFeedUrl(value, base);
      if (resolved === null) el.removeAttribute(name);
      else el.setAttribute(name, resolved);
    }
  }
  if (!takeFirstImage) return { html: template.innerHTML };
  const img = Array.from(template.content.querySelectorAll('img')).find((i) => i.getAttribute('src')?.startsWith('https://') === true);
  if (img === undefined) return { html: template.innerHTML };
  const firstImage: BodyImage = { src: img.getAttribute('src') ?? '', alt: (img.getAttribute('alt') ?? '').trim() };
  const width = dimension(img.getAttribute('width'));
  const height = dimension(img.getAttribute('height'));
  if (width !== undefined && height !== undefined) {
    firstImage.width = width;
    firstImage.height = height;
  }
  const parent = img.parentElement;
  img.remove();
  // A link or paragraph that only held the picture would be left empty.
  if (parent !== null && (parent.nodeName === 'A' || parent.nodeName === 'P' || parent.nodeName === 'FIGURE') && parent.textContent.trim() === '' && parent.children.length === 0) {
    parent.remove();
  }
  return { html: template.innerHTML, firstImage };
}
