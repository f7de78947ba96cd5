import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { photoParam, stepPhoto } from './photoParam';

describe('photoParam', () => {
  it('reads photo numbers from 1 to the count', () => {
    expect(photoParam(null, 7)).toEqual({ index: null, problem: null });
    expect(photoParam('1', 7)).toEqual({ index: 0, problem: null });
    expect(photoParam('7', 7)).toEqual({ index: 6, problem: null });
  });

  it('explains any other value without throwing', () => {
    for (const raw of ['0', '8', '-1', '1.5', 'abc', '', '07', '1e1', ' 3', '9999999999999']) {
      const { index, problem } = photoParam(raw, 7);
      expect(index).toBeNull();
      expect(problem).toContain('it has 7 photos');
    }
    fc.assert(fc.property(fc.string(), fc.integer({ min: 1, max: 50 }), (raw, count) => {
      const { index } = photoParam(raw, count);
      expect(index === null || (index >= 0 && index < count)).toBe(true);
    }));
  });
});

describe('stepPhoto', () => {
  it('goes round at both ends and stays in range', () => {
    expect(stepPhoto(6, 1, 7)).toBe(0);
    expect(stepPhoto(0, -1, 7)).toBe(6);
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), fc.nat(), fc.integer({ min: -100, max: 100 }), (count, i, step) => {
      const next = stepPhoto(i % count, step, count);
      expect(next >= 0 && next < count).toBe(true);
      expect(stepPhoto(next, -step, count)).toBe(i % count);
    }));
  });
});
