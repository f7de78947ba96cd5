import DOMPurify from 'dompurify';
import { createBrowserArticleSanitizer, type BrowserArticleSanitizer } from '../contract/articleHtml';

type Sanitizer = (html: string) => string;

let browserSanitizer: BrowserArticleSanitizer | undefined;
let replaced: Sanitizer | undefined;

const browser = (): BrowserArticleSanitizer => (browserSanitizer ??= createBrowserArticleSanitizer(DOMPurify));

/**
 * Sanitizes article HTML with the contract's allow-list (the server already did once, when it was
 * stored): TrustedHTML in a browser with Trusted Types, the only HTML the page's CSP lets into the DOM.
 */
export function sanitizeArticleHtml(html: string): string | TrustedHTML {
  return replaced === undefined ? browser().html(html) : replaced(html);
}

/** Article HTML sanitized into a detached fragment (nothing in it loads), for reading its text or rewriting it; browser only. */
export function sanitizedArticleFragment(html: string): DocumentFragment {
  return browser().fragment(html);
}

/** An article's pages as plain text, blocks apart by a space (for search and for comparing versions); browser only. */
export function articleText(pages: readonly string[]): string {
  const content = sanitizedArticleFragment(pages.join('\n'));
  content.querySelectorAll('p, h2, h3, h4, li, blockquote, br').forEach((el) => el.append(' '));
  return content.textContent.replace(/\s+/g, ' ').trim();
}

/** The server's renderer has no browser DOM: it sanitizes with the same allow-list on jsdom instead. */
export function setArticleSanitizer(sanitizer: Sanitizer): void {
  replaced = sanitizer;
}
