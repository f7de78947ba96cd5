import type { SearchRequest } from '../../api/discoveryQueries';
import type { SearchHit } from '../../contract/discoverySchemas';
import type { Article } from '../../contract/schemas';
import { articleText } from '../../lib/sanitizeArticleHtml';

// Offline search: the server's rules (every word must match; the last also as a prefix; title counts
// most, then lead, then body) over the articles this device keeps, with a plain-text snippet.

const SNIPPET_CHARS = 220;

/** Lower case without accents, one character for one character (so offsets stay valid). */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    out += base.length === ch.length ? base : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

/** The reader's words as the server reads them: letters and digits, at most 32. */
export function searchWords(q: string): string[] {
  return fold(q.normalize('NFKC'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .slice(0, 32);
}

// Each article's body as text, made once: every keystroke of a search runs over all kept articles.
const bodyTexts = new WeakMap<readonly string[], string>();

function bodyText(pages: readonly string[]): string {
  const known = bodyTexts.get(pages);
  if (known !== undefined) return known;
  const text = articleText(pages);
  bodyTexts.set(pages, text);
  return text;
}

function wordAt(text: string, word: string, prefix: boolean): number[] {
  const found: number[] = [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'gu');
  for (const match of text.matchAll(pattern)) found.push(match.index);
  return found;
}

function withinFilters(article: Article, request: SearchRequest): boolean {
  if (request.sections !== null && !request.sections.includes(article.section)) return false;
  const day = article.publishedAt.slice(0, 10);
  if (request.from !== null && day < request.from) return false;
  return request.to === null || day <= request.to;
}

/**
 * Searches articles kept on this device, best first, each as a search hit with a snippet around the
 * first match in the body (or the lead) and its matched words marked. No articles, no words: no hits.
 */
export function searchLocal(articles: readonly Article[], request: SearchRequest): SearchHit[] {
  const words = searchWords(request.q);
  if (words.length === 0) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const article of articles) {
    if (!withinFilters(article, request)) continue;
    const text = bodyText(article.pages);
    const fields = [fold(article.title), fold(article.lead), fold(text)];
    let score = 0;
    let all = true;
    for (const [i, word] of words.entries()) {
      const prefix = i === words.length - 1;
      const counts = fields.map((field) => wordAt(field, word, prefix).length);
      if (counts.every((n) => n === 0)) {
        all = false;
        break;
      }
      score += 10 * (counts[0] ?? 0) + 4 * (counts[1] ?? 0) + (counts[2] ?? 0);
    }
    if (!all) continue;
    const source = wordAt(fields[2] ?? '', words[0] ?? '', words.length === 1).length > 0 ? text : article.lead;
    const folded = fold(source);
    const first = Math.min(...words.map((w, i) => wordAt(folded, w, i === words.length - 1)[0] ?? Infinity));
    const start = Number.isFinite(first) ? Math.max(0, source.lastIndexOf(' ', Math.max(0, first - 60)) + 1) : 0;
    const snippet = `${start > 0 ? '…' : ''}${source.slice(start, start + SNIPPET_CHARS)}${start + SNIPPET_CHARS < source.length ? '…' : ''}`;
    const foldedSnippet = fold(snippet);
    const highlights: [number, number][] = [];
    words.forEach((word, i) => {
      for (const at of wordAt(foldedSnippet, word, i === words.length - 1)) {
        const rest = /^[\p{L}\p{N}]*/u.exec(foldedSnippet.slice(at + word.length))?.[0].length ?? 0;
        highlights.push([at, at + word.length + (i === words.length - 1 ? rest : 0)]);
      }
    });
    const { id, section, title, lead, publishedAt, url, image, isTop } = article;
    scored.push({ hit: { id, section, title, lead, publishedAt, url, image, isTop, snippet, highlights }, score });
  }
  return scored.sort((a, b) => b.score - a.score || Date.parse(b.hit.publishedAt) - Date.parse(a.hit.publishedAt)).map((s) => s.hit);
}
