import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { createArticleSanitizer } from '../../contract/articleHtml';

// One jsdom window for the process: creating one costs tens of milliseconds.
const { window } = new JSDOM('<!doctype html><html><body></body></html>');
const sanitize = createArticleSanitizer(createDOMPurify(window));

const BLOCKS = new Set(['P', 'H2', 'H3', 'H4', 'BLOCKQUOTE', 'LI', 'FIGCAPTION', 'TR', 'BR', 'PRE', 'CAPTION', 'HR']);

/** Sanitizes article HTML with the contract's allow-list (DOMPurify on jsdom). */
export function sanitizeArticleHtml(html: string): string {
  return sanitize(html);
}

/** The readable text of (sanitized) HTML, blocks separated by newlines; used for the search index. */
export function htmlToText(html: string): string {
  const template = window.document.createElement('template');
  template.innerHTML = html;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === window.Node.TEXT_NODE) parts.push(node.textContent ?? '');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (BLOCKS.has(node.nodeName)) parts.push('\n');
  };
  walk(template.content);
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
