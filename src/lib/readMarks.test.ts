import { afterEach, describe, expect, it } from 'vitest';
import { markRead, MAX_READ_MARKS, parseReadMarks, readMarkStore } from './readMarks';

afterEach(() => {
  localStorage.clear();
  readMarkStore.read();
});

describe('read marks', () => {
  it('keeps the good marks of a damaged list', () => {
    expect(parseReadMarks([[1, 5, 0], [0, 5, 0], [2, -1, 0], ['3', 5, 0], [4, 5], [5, 5, 0, 9], [6, 1.5, 0], null, [7, 9, 1_700_000_000_000]])).toEqual([
      [1, 5, 0],
      [7, 9, 1_700_000_000_000],
    ]);
    for (const bad of [null, 'x', { 1: [1, 2, 3] }]) expect(parseReadMarks(bad)).toEqual([]);
  });

  it('marks stories read with their version, newest first, once each, keeping the newest 2,000', () => {
    markRead([{ id: 1 }], 1000);
    markRead([{ id: 2, updatedAt: '2026-12-01T10:00:00Z' }, { id: 1 }], 2000);
    expect(readMarkStore.read()).toEqual([
      [2, 2000, Date.parse('2026-12-01T10:00:00Z')],
      [1, 2000, 0],
    ]);
    markRead(Array.from({ length: MAX_READ_MARKS + 5 }, (_, i) => ({ id: 100 + i })), 3000);
    const marks = readMarkStore.read();
    expect(marks).toHaveLength(MAX_READ_MARKS);
    expect(marks.some(([id]) => id === 1)).toBe(false);
  });
});
