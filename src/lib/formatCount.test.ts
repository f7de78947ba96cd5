import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, storyCount } from './formatCount';

describe('formatCount', () => {
  it('groups thousands with commas, as Intl does for English', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1234567)).toBe('1,234,567');
    const intl = new Intl.NumberFormat('en');
    fc.assert(fc.property(fc.integer({ min: -(2 ** 53 - 1), max: 2 ** 53 - 1 }), (n) => formatCount(n) === intl.format(n).replace('−', '-')));
  });

  it('counts stories in words', () => {
    expect([0, 1, 2, 1234].map(storyCount)).toEqual(['0 stories', '1 story', '2 stories', '1,234 stories']);
  });
});
