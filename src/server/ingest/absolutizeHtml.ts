import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { createArticleSanitizer } from '../../contract/articleHtml';
import { MARKERS } from '../store/searchSnippet';
import { resolveFeedUrl } from './resolveFeedUrl';

// Feed HTML uses URLs relative to the feed (or its xml:base). They must be made absolute before the
// article allow-list runs: it would read "/x" as a path on this site and drop "x.html". So feed HTML
// goes through the contract's sanitizer (createArticleSanitizer, the one the store uses) on a DOMPurify
// instance with one more hook that resolves href, src and cite first; what cannot become an absolute
// http(s) URL loses the attribute. One parse does both, which matters for large bodies.

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
function dimension(value: string | null): number | undefined {
  if (value === null || !/^\s*\d{1,5}\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

const purify = createDOMPurify(window);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
let currentBase: string | undefined;
purify.addHook('uponSanitizeAttribute', (_node, data) => {
  if (!URL_ATTRIBUTES.has(data.attrName)) return;
  const resolved = resolveFeedUrl(data.attrValue, currentBase);
  if (resolved === null) data.keepAttr = false;
  else data.attrValue = resolved;
});
// The allow-list drops width and height, which the photo needs: read them from the first http(s) picture.
interface Captured {
  src: string;
  width?: number;
  height?: number;
}
const capture: { on: boolean; found?: Captured } = { on: false };
// A function, so that the type checker does not assume the hook left `found` unset.
const captured = (): Captured | undefined => capture.found;
purify.addHook('uponSanitizeElement', (node, data) => {
  if (!capture.on || capture.found !== undefined || data.tagName !== 'img' || !(node instanceof window.Element)) return;
  const src = resolveFeedUrl(node.getAttribute('src') ?? undefined, currentBase);
  if (src === null) return;
  const width = dimension(node.getAttribute('width'));
  const height = dimension(node.getAttribute('height'));
  capture.found = width !== undefined && height !== undefined ? { src, width, height } : { src };
});
const sanitize = createArticleSanitizer(purify);

/** The first picture of a body, as found in its <img>. */
export interface BodyImage {
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

/** A sanitized body with absolute URLs, and its first picture when asked to take it out. */
export interface AbsoluteHtml {
  html: string;
  firstImage?: BodyImage;
}

/**
 * Sanitizes feed HTML with the article allow-list after resolving its URLs against `base`. With
 * `takeFirstImage`, the first http(s) <img> is removed and returned, to become the article's photo.
 */
export function absolutizeHtml(html: string, base: string | undefined, takeFirstImage = false): AbsoluteHtml {
  currentBase = base;
  capture.on = takeFirstImage;
  delete capture.found;
  let clean: string;
  try {
    // The search index's highlight markers go before sanitizing: the store keeps this output as it is
    // (removing a character from sanitized HTML could make an allowed URL a disallowed one).
    clean = sanitize(html.replace(MARKERS, ''));
  } finally {
    currentBase = undefined;
    capture.on = false;
  }
  const found = captured();
  if (found === undefined) return { html: clean };
  const template = window.document.createElement('template');
  template.innerHTML = clean;
  const img = Array.from(template.content.querySelectorAll('img')).find((i) => i.getAttribute('src') === found.src);
  if (img === undefined) return { html: clean };
  const firstImage: BodyImage = { src: found.src, alt: (img.getAttribute('alt') ?? '').trim() };
  if (found.width !== undefined && found.height !== undefined) {
    firstImage.width = found.width;
    firstImage.height = found.height;
  }
  const parent = img.parentElement;
  img.remove();
  // A link or paragraph that only held the picture would be left empty.
  if (parent !== null && ['A', 'P', 'FIGURE'].includes(parent.nodeName) && parent.textContent.trim() === '' && parent.children.length === 0) {
    parent.remove();
  }
  return { html: template.innerHTML, firstImage };
}
