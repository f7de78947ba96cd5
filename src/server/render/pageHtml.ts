import { previewTags } from '../html/pageHead';
import type { RenderedPage } from './renderPage';

/** The id of the <script type="application/json"> that carries the page's data to the browser's app. */
export const STATE_ELEMENT_ID = 'newswire-state';

const HEAD_START = '<!--page-head-->';
const HEAD_END = '<!--/page-head-->';
const ROOT = '<div id="root"></div>';
// React writes a page's <title>, <meta> and <link> elements first, ahead of the page: they go in <head>.
const HOISTED = /^(?:<title>[^<]*<\/title>|<meta\b[^>]*\/?>|<link\b[^>]*\/?>)*/;

// The template's own title and description stay when the page renders none of its own.
function defaultsFor(block: string, hoisted: string): string {
  let kept = block;
  if (hoisted.includes('<title>')) kept = kept.replace(/<title>[^<]*<\/title>/, '');
  if (/<meta name="description"/.test(hoisted)) kept = kept.replace(/<meta name="description"[^>]*>/, '');
  return kept.trim();
}

/** JSON safe inside a <script> element: no "</script>", no "<!--" (every < is escaped). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** What else the page's <head> gets, and what it leaves out. */
export interface HeadExtras {
  /** `<link>` tags for the page's chunks and styles. */
  assets: string[];
  /** The browser saves data: no picture preload (React preloads the page's high-priority picture). */
  saveData: boolean;
}

const IMAGE_PRELOAD = /<link rel="preload" as="image"[^>]*\/?>/g;

/**
 * The built index.html with the rendered page in #root, its title, description and picture preload
 * (rendered by the page's components) and link-preview tags in <head>, its assets preloaded, and its
 * data for hydration.
 */
export function pageHtml(template: string, page: RenderedPage, extras: HeadExtras): string {
  const rendered = HOISTED.exec(page.html)?.[0] ?? '';
  const body = page.html.slice(rendered.length);
  const hoisted = extras.saveData ? rendered.replace(IMAGE_PRELOAD, '') : rendered;
  const head = [hoisted, page.head === null ? '' : previewTags(page.head), ...extras.assets].filter((t) => t !== '').join('\n    ');
  const state = `<script type="application/json" id="${STATE_ELEMENT_ID}">${scriptJson(page.state)}</script>`;
  const root = `<div id="root">${body}</div>${state}`;
  const start = template.indexOf(HEAD_START);
  const end = template.indexOf(HEAD_END);
  // A template without its markers (not the app's index.html) still gets the page: in <head> and at the end.
  const withHead =
    start < 0 || end < start
      ? template.includes('</head>')
        ? template.replace('</head>', () => `${head}</head>`)
        : `${head}${template}`
      : `${template.slice(0, start)}${defaultsFor(template.slice(start + HEAD_START.length, end), hoisted)}${head}${template.slice(end + HEAD_END.length)}`;
  if (withHead.includes(ROOT)) return withHead.replace(ROOT, () => root);
  return withHead.includes('</body>') ? withHead.replace('</body>', () => `${root}</body>`) : `${withHead}${root}`;
}
