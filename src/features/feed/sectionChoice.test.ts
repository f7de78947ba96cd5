import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { SECTION_SLUGS } from '../../contract/sections';
import { choiceFromUrl, choiceToUrl, FILTER_STORAGE_KEY, normalizeChoice, readStoredChoice, storeChoice } from './sectionChoice';

describe('section filter storage', () => {
  beforeEach(() => localStorage.clear());

  it('round-trips any non-empty subset through storage and the URL', () => {
    fc.assert(
      fc.property(fc.subarray([...SECTION_SLUGS], { minLength: 1 }), (subset) => {
        const choice = normalizeChoice(subset);
        expect(storeChoice(choice)).toBe(true);
        expect(readStoredChoice()).toEqual(choice);
        expect(choiceFromUrl(choiceToUrl(choice) ?? '')?.choice ?? null).toEqual(choice);
      }),
    );
  });

  it('treats all or none as no filter', () => {
    expect(normalizeChoice([...SECTION_SLUGS])).toBeNull();
    expect(normalizeChoice([])).toBeNull();
    expect(normalizeChoice(['sports', 'politics', 'sports'])).toEqual(['politics', 'sports']);
  });

  it('falls back to all sections for corrupted, hostile or outdated stored values, and removes them', () => {
    const bad = [
      '{not json',
      'null',
      '"politics"',
      '["politics"]',
      JSON.stringify({ version: 2, sections: ['politics'] }),
      JSON.stringify({ version: 1, sections: [] }),
      JSON.stringify({ version: 1, sections: ['politics', '<img src=x onerror=alert(1)>'] }),
      JSON.stringify({ version: 1, sections: Array(50).fill('politics') }),
      JSON.stringify({ version: 1, sections: 'politics', __proto__: { polluted: true } }),
    ];
    for (const value of bad) {
      localStorage.setItem(FILTER_STORAGE_KEY, value);
      expect(readStoredChoice(), value).toBeNull();
      expect(localStorage.getItem(FILTER_STORAGE_KEY), value).toBeNull();
    }
  });

  it('reports unknown slugs in the URL and keeps the known ones', () => {
    expect(choiceFromUrl('politics,moon,<b>')).toEqual({ choice: ['politics'], unknown: ['moon', '<b>'] });
    expect(choiceFromUrl(null)).toBeUndefined();
  });

  it('copes with storage that throws', () => {
    const throwing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => { throw new Error('SecurityError'); } } as unknown as Storage;
    expect(readStoredChoice(throwing)).toBeNull();
    expect(storeChoice(['politics'], throwing)).toBe(false);
  });
});
