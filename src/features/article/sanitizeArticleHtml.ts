import DOMPurify from 'dompurify';
import { createArticleSanitizer } from '../../contract/articleHtml';

type Sanitizer = (html: string) => string;

let browserSanitizer: Sanitizer | undefined;
let replaced: Sanitizer | undefined;

/** Sanitizes article HTML with the contract's allow-list (the server already did once, when it was stored). */
export function sanitizeArticleHtml(html: string): string {
  const sanitize = replaced ?? (browserSanitizer ??= createArticleSanitizer(DOMPurify));
  return sanitize(html);
}

/** The server's renderer has no browser DOM: it sanitizes with the same allow-list on jsdom instead. */
export function setArticleSanitizer(sanitizer: Sanitizer): void {
  replaced = sanitizer;
}
