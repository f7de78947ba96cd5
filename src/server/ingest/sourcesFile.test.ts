import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSourcesFile } from './sourcesFile';

const dir = mkdtempSync(join(tmpdir(), 'newswire-sources-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('loadSourcesFile', () => {
  it('reads sources with defaults for section, categories, interval and fullText', () => {
    const path = file('ok.json', JSON.stringify({ sources: [{ url: 'https://a.example/rss' }, { url: 'http://b.example/atom', section: 'economy', categories: { Sport: 'sports' }, intervalMinutes: 15, fullText: true }] }));
    expect(loadSourcesFile(path)).toEqual([
      { url: 'https://a.example/rss', section: 'world', categories: {}, intervalMinutes: 30, fullText: false },
      { url: 'http://b.example/atom', section: 'economy', categories: { Sport: 'sports' }, intervalMinutes: 15, fullText: true },
    ]);
  });

  it('says in one line what is wrong, and where', () => {
    const cases: [string, RegExp][] = [
      ['{"sources": [{"url": "ftp://x.example/"}]}', /sources\.0\.url: must be an absolute http\(s\) URL/],
      ['{"sources": [{"url": "https://x.example/", "fullText": "yes"}]}', /sources\.0\.fullText: /],
      ['{"sources": [{"url": "https://x.example/", "section": "gossip"}]}', /sources\.0\.section/],
      ['{"sources": [{"url": "https://x.example/", "intervalMinutes": 1}]}', /sources\.0\.intervalMinutes/],
      ['{"sources": [{"url": "https://x.example/", "categories": {"Sport": "football"}}]}', /sources\.0\.categories\.Sport/],
      ['{"feeds": []}', /sources/],
      ['not json', /not valid JSON/],
    ];
    cases.forEach(([text, reason], i) => {
      const path = file(`bad${String(i)}.json`, text);
      expect(() => loadSourcesFile(path)).toThrow(reason);
      try {
        loadSourcesFile(path);
      } catch (error) {
        expect(error instanceof Error && error.message.startsWith(`sources file ${path}: `) && !error.message.includes('\n')).toBe(true);
      }
    });
    expect(() => loadSourcesFile(join(dir, 'missing.json'))).toThrow(/cannot be read/);
  });
});
