import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { createArticleSanitizer } from '../../contract/articleHtml';

// One jsdom window for the process: creating one costs tens of milliseconds.
const { window } = new JSDOM('<!doctype html><html><body></body></html>');
const sanitize = createArticleSanitizer(createDOMPurify(window));

// Elements that stand on lines of their own: their start and end tags break the text.
const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'br', 'pre', 'hr']);
// A start or end tag as the HTML serializer writes it: attribute values are always double-quoted.
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)(?:[^>"]|"[^"]*")*>/g;
// The only character references the serializer writes in text.
const ENTITY = /&(amp|lt|gt|nbsp);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0' };

/** Sanitizes article HTML with the contract's allow-list (DOMPurify on jsdom). */
export function sanitizeArticleHtml(html: string): string {
  return sanitize(html);
}

/**
 * The readable text of sanitized HTML, each block on its own line(s); used for the search index.
 * It reads the sanitizer's serialized output as a string instead of parsing it again into a DOM
 * (which cost as much as sanitizing): that output has only allowed elements, double-quoted
 * attributes and text in which just &, <, > and U+00A0 are escaped. Not for arbitrary HTML.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let at = 0;
  const text = (end: number) => {
    if (end > at) parts.push(html.slice(at, end).replace(ENTITY, (_m, name: string) => ENTITIES[name] ?? ''));
  };
  for (const match of html.matchAll(TAG)) {
    text(match.index);
    at = match.index + match[0].length;
    if (BLOCKS.has((match[1] ?? '').toLowerCase())) parts.push('\n');
  }
  text(html.length);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Plain text with markup removed and whitespace collapsed (titles, leads, captions from feeds). */
export function plainText(html: string): string {
  return htmlToText(sanitize(html)).replace(/\n/g, ' ');
}
