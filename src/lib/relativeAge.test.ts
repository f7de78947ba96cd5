import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageInMinutes, RECENT_HOURS, shortAge, spokenAge } from './relativeAge';

const published = Date.parse('2024-11-28T10:01:30Z'); // 13:01 in Moscow
const later = (minutes: number, seconds = 0) => published + minutes * 60_000 + seconds * 1000;

describe('relative age', () => {
  it('counts clock minutes under an hour, whole hours under six, then nothing', () => {
    expect(ageInMinutes(published, later(0))).toBe(0);
    expect(ageInMinutes(published, later(0, 29))).toBe(0); // still 13:01
    expect(ageInMinutes(published, later(0, 30))).toBe(1); // 13:02 on the clock
    expect(ageInMinutes(published, later(5))).toBe(5);
    expect(ageInMinutes(published, later(59, 29))).toBe(59);
    expect(ageInMinutes(published, later(60))).toBe(60);
    expect(ageInMinutes(published, later(119, 29))).toBe(60);
    expect(ageInMinutes(published, later(120))).toBe(120);
    expect(ageInMinutes(published, later(RECENT_HOURS * 60 - 1))).toBe(300);
    expect(ageInMinutes(published, later(RECENT_HOURS * 60))).toBeNull();
    expect(ageInMinutes(published, later(60 * 24 * 400))).toBeNull();
  });

  it('treats a few minutes in the future as clock skew, and more as no age at all', () => {
    expect(ageInMinutes(published, later(-3))).toBe(0);
    expect(ageInMinutes(published, later(-5))).toBe(0);
    expect(ageInMinutes(published, later(-6))).toBeNull();
  });

  it('words the age for the eye and for the ear', () => {
    expect([0, 1, 5, 60, 120, 300].map(shortAge)).toEqual(['just now', '1 min ago', '5 min ago', '1 hour ago', '2 hours ago', '5 hours ago']);
    expect([0, 1, 5, 60, 120].map(spokenAge)).toEqual(['just now', '1 minute ago', '5 minutes ago', '1 hour ago', '2 hours ago']);
  });

  it('never decreases as time passes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 400 * 60 }), fc.integer({ min: 0, max: 400 * 60 }), (a, b) => {
        const earlier = ageInMinutes(published, later(a));
        const next = ageInMinutes(published, later(a + b));
        if (earlier !== null && next !== null) expect(next).toBeGreaterThanOrEqual(earlier);
        if (earlier === null && a >= 0) expect(next).toBeNull();
      }),
    );
  });
});
