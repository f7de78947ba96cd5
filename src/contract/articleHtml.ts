import type { Config, DOMPurify } from 'dompurify';

// What an article page's HTML (`Article.pages[]`) may contain. The server sanitizes with this
// allow-list when HTML enters the database, and the client again when it renders.

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's',
  'sub', 'sup', 'small', 'mark', 'cite', 'q', 'abbr', 'code', 'pre', 'span', 'a',
  'figure', 'figcaption', 'img', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height', 'class', 'colspan', 'rowspan', 'scope', 'lang', 'dir', 'cite'];
/** Attributes that are not URLs: DOMPurify would otherwise test their values against SAFE_URL and drop them. */
const NOT_URLS = ['width', 'height', 'colspan', 'rowspan', 'scope', 'lang', 'dir'];
/** Classes the app styles; any other class is dropped. */
const ALLOWED_CLASSES = new Set(['read-also']);

/** Links and sources: absolute http(s), or relative to this site's root ("/politics/1"), or a fragment. */
export const SAFE_URL = /^(?:https?:\/\/[^\s]|\/(?![/\\])|#)/i;

const config: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: SAFE_URL,
  ADD_URI_SAFE_ATTR: NOT_URLS,
  KEEP_CONTENT: true,
  RETURN_TRUSTED_TYPE: false,
};

/** True when `href` points away from this site (an absolute http(s) URL). */
export function isExternalUrl(href: string): boolean {
  return /^https?:\/\//i.test(href.trim());
}

// The allow-list's hooks: external links open in a new tab with rel="noopener noreferrer", images
// load lazily, unknown classes are dropped.
function addArticleHooks(purify: DOMPurify): void {
  purify.addHook('afterSanitizeAttributes', (el) => {
    const cls = el.getAttribute('class');
    if (cls !== null) {
      const kept = cls.split(/\s+/).filter((c) => ALLOWED_CLASSES.has(c));
      if (kept.length > 0) el.setAttribute('class', kept.join(' '));
      else el.removeAttribute('class');
    }
    for (const attr of ['href', 'src', 'cite']) {
      const value = el.getAttribute(attr);
      if (value !== null && !SAFE_URL.test(value.trim())) el.removeAttribute(attr);
    }
    if (el.nodeName === 'A') {
      const href = el.getAttribute('href');
      if (href !== null && isExternalUrl(href)) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      } else {
        el.removeAttribute('target');
        el.removeAttribute('rel');
      }
    }
    if (el.nodeName === 'IMG') {
      el.setAttribute('loading', 'lazy');
      el.setAttribute('decoding', 'async');
    }
  });
}

/**
 * Configures a DOMPurify instance (browser window or jsdom) with the article allow-list and
 * returns the sanitize function (a string: what the server stores and renders).
 */
export function createArticleSanitizer(purify: DOMPurify): (html: string) => string {
  addArticleHooks(purify);
  return (html: string) => purify.sanitize(html, config);
}

/** What the browser injects: article HTML sanitized with the allow-list, as TrustedHTML or as a detached fragment. */
export interface BrowserArticleSanitizer {
  /** TrustedHTML where the page enforces Trusted Types (a string in a browser without them), for innerHTML. */
  html: (html: string) => TrustedHTML | string;
  /** The sanitized nodes in a fragment of their own (inert: nothing in it loads), to read or rewrite. */
  fragment: (html: string) => DocumentFragment;
}

/**
 * createArticleSanitizer for the page: with the CSP's `require-trusted-types-for 'script'`, HTML may
 * reach the DOM only as TrustedHTML, which DOMPurify makes through its own policy ("dompurify").
 */
export function createBrowserArticleSanitizer(purify: DOMPurify): BrowserArticleSanitizer {
  addArticleHooks(purify);
  return {
    html: (html) => purify.sanitize(html, { ...config, RETURN_TRUSTED_TYPE: true }),
    fragment: (html) => purify.sanitize(html, { ...config, RETURN_DOM_FRAGMENT: true }),
  };
}
