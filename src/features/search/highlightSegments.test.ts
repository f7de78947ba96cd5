import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlightSegments';

describe('highlightSegments', () => {
  it('marks the ranges and keeps the rest as plain text', () => {
    expect(highlightSegments('Central bank cuts key rate', [[0, 7], [22, 26]])).toEqual([
      { text: 'Central', marked: true },
      { text: ' bank cuts key ', marked: false },
      { text: 'rate', marked: true },
    ]);
  });

  it('merges overlapping ranges, clips out-of-bounds ones and drops empty ones', () => {
    expect(highlightSegments('abcdef', [[4, 99], [1, 3], [2, 4], [5, 5], [-3, 0]])).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdef', marked: true },
    ]);
  });

  it('always reads back as the snippet, marks exactly the characters inside ranges, never two marks in a row', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }))), (snippet, ranges) => {
        const segments = highlightSegments(snippet, ranges);
        expect(segments.map((s) => s.text).join('')).toBe(snippet);
        const marked = segments.flatMap((s) => Array.from({ length: s.text.length }, () => s.marked));
        marked.forEach((m, i) => expect(m).toBe(ranges.some(([a, b]) => a <= i && i < b)));
        segments.forEach((s, i) => {
          expect(s.text.length).toBeGreaterThan(0);
          if (i > 0) expect(s.marked && segments[i - 1]?.marked).toBe(false);
        });
      }),
    );
  });
});
