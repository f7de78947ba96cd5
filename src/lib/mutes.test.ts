import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanPhrase, MAX_MUTES, type Mute, muteStore, muteTest, parseMutes, setMuted } from './mutes';

afterEach(() => {
  localStorage.clear();
  muteStore.read();
});

const story = (title: string, lead = '', tags: { personSlugs?: string[]; topicSlugs?: string[] } = {}) => ({ title, lead, ...tags });
const word = (phrase: string): Mute => ({ kind: 'word', phrase });
const hides = (mutes: Mute[], title: string, lead = '') => muteTest(mutes)(story(title, lead));

describe('muted words and phrases', () => {
  it('match whole words in any case, across line breaks and runs of spaces', () => {
    expect(hides([word('oil')], 'Oil prices rise')).toBe(true);
    expect(hides([word('oil')], 'OIL')).toBe(true);
    expect(hides([word('oil')], 'Boiling point', 'Spoiler and toil')).toBe(false);
    expect(hides([word('oil')], 'Prices of oil-based fuels')).toBe(true);
    expect(hides([word('oil')], 'A quiet day', 'but “oil”, said the minister.')).toBe(true);
    expect(hides([word('oil prices')], 'Oil\n  prices fall')).toBe(true);
    expect(hides([word('oil prices')], 'Oil and prices')).toBe(false);
    expect(hides([word('c++')], 'Why C++ still matters')).toBe(true);
    expect(hides([word('a.b')], 'axb')).toBe(false); // no pattern characters leak through
  });

  it('work in any script: Cyrillic, Greek and Arabic by whole words, Chinese, Japanese and Thai anywhere', () => {
    expect(hides([word('нефть')], 'НЕФТЬ дорожает')).toBe(true);
    expect(hides([word('нефть')], 'Нефтяники бастуют')).toBe(false);
    expect(hides([word('ελλάδα')], 'Η ΕΛΛΆΔΑ ψηφίζει')).toBe(true);
    expect(hides([word('النفط')], 'أسعار النفط ترتفع')).toBe(true);
    expect(hides([word('石油')], '国际石油价格上涨')).toBe(true);
    expect(hides([word('東京')], '東京で地震')).toBe(true);
    expect(hides([word('น้ำมัน')], 'ราคาน้ำมันขึ้น')).toBe(true);
    // Combining marks belong to the word: "café" is not muted by "caf".
    expect(hides([word('caf')], 'Cafe\u0301 society')).toBe(false);
    // Compatibility forms are one word: the full-width "ＯＩＬ" is "OIL".
    expect(hides([word('oil')], 'ＯＩＬ')).toBe(true);
  });

  it('hide a story by its persons and topics', () => {
    const test = muteTest([{ kind: 'person', slug: 'ivan-petrov', name: 'Ivan Petrov' }, { kind: 'topic', slug: 'oil', name: 'Oil' }]);
    expect(test(story('A', '', { personSlugs: ['anna-ivanova', 'ivan-petrov'] }))).toBe(true);
    expect(test(story('B', '', { topicSlugs: ['oil'] }))).toBe(true);
    expect(test(story('C', '', { personSlugs: ['anna-ivanova'], topicSlugs: ['gas'] }))).toBe(false);
    expect(test(story('Ivan Petrov speaks'))).toBe(false); // a person mute is the tag, not the name in the text
    expect(muteTest([])(story('anything'))).toBe(false);
  });

  it('never throw or mute everything on hostile text', () => {
    const naughty = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../shared/corpora/blns/blns.json'), 'utf8')) as string[]).filter((line) => line !== '');
    const phrases = naughty.flatMap((line) => {
      const phrase = cleanPhrase(line);
      return phrase === null ? [] : [word(phrase)];
    });
    expect(phrases.length).toBeGreaterThan(100);
    const test = muteTest(parseMutes(phrases));
    for (const line of naughty) expect(() => test(story(line, line))).not.toThrow();
    expect(test(story('Parliament passes the budget', 'The vote was 301 to 120.'))).toBe(false);
  });
});

describe('mutes on this device', () => {
  it('keep the good entries of a damaged list and drop the rest', () => {
    const stored = [
      { kind: 'word', phrase: '  Oil\tprices ' },
      { kind: 'word', phrase: 'OIL PRICES' },
      { kind: 'word', phrase: '   ' },
      { kind: 'word', phrase: '!!!' },
      { kind: 'word', phrase: 'x'.repeat(101) },
      { kind: 'person', slug: '../etc', name: 'X' },
      { kind: 'topic', slug: 'oil', name: '' },
      { kind: 'topic', slug: 'oil', name: 'Oil' },
      { kind: 'section', slug: 'world', name: 'World' },
      'word:oil',
      null,
      { kind: 'person', slug: 'ivan-petrov', name: ' Ivan Petrov ', admin: true },
    ];
    expect(parseMutes(stored)).toEqual([
      { kind: 'word', phrase: 'Oil prices' },
      { kind: 'topic', slug: 'oil', name: 'Oil' },
      { kind: 'person', slug: 'ivan-petrov', name: 'Ivan Petrov' },
    ]);
    for (const bad of [null, 42, 'x', {}, { 0: 1 }]) expect(parseMutes(bad)).toEqual([]);
  });

  it('are saved newest first, once each, at most 200, and read back after a bad write elsewhere', () => {
    expect(setMuted(word('oil'), true)).toBe('saved');
    expect(setMuted({ kind: 'topic', slug: 'gas', name: 'Gas' }, true)).toBe('saved');
    expect(setMuted(word('OIL'), true)).toBe('saved');
    expect(muteStore.read()).toEqual([word('OIL'), { kind: 'topic', slug: 'gas', name: 'Gas' }]);
    expect(setMuted(word('oil'), false)).toBe('saved');
    expect(muteStore.read()).toEqual([{ kind: 'topic', slug: 'gas', name: 'Gas' }]);
    muteStore.set(Array.from({ length: MAX_MUTES }, (_, i) => word(`w${String(i)}`)));
    expect(setMuted(word('one more'), true)).toBe('full');
    expect(muteStore.read()).toHaveLength(MAX_MUTES);
    localStorage.setItem('newswire.mutes', '{not json');
    expect(muteStore.read()).toEqual([]);
  });
});
