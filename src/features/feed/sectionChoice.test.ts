import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
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

  it('falls back to all sections for corrupted, hostile or outdated stored values', () => {
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
    }
  });

  it('reports unknown slugs in the URL and keeps the known ones', () => {
    expect(choiceFromUrl('politics,moon,<b>')).toEqual({ choice: ['politics'], unknown: ['moon', '<b>'] });
    expect(choiceFromUrl(null)).toBeUndefined();
  });

  it('copes with storage that throws', () => {
    const fail = (name: string) => () => {
      throw new DOMException('refused', name);
    };
    const spies = [vi.spyOn(Storage.prototype, 'getItem').mockImplementation(fail('SecurityError')), vi.spyOn(Storage.prototype, 'setItem').mockImplementation(fail('QuotaExceededError'))];
    expect(readStoredChoice()).toBeNull();
    expect(storeChoice(['politics'])).toBe(false);
    spies.forEach((spy) => spy.mockRestore());
    expect(localStorage.getItem(FILTER_STORAGE_KEY)).toBeNull();
  });
});
