import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

describe('paging cursors', () => {
  it('round-trip any keyset position', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (key, id) => {
        expect(decodeCursor(encodeCursor({ key, id }))).toEqual({ key: Object.is(key, -0) ? 0 : key, id });
      }),
    );
  });

  it('decode any other text to null without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const cursor = decodeCursor(text);
        if (cursor !== null) {
          expect(Number.isFinite(cursor.key)).toBe(true);
          expect(Number.isSafeInteger(cursor.id) && cursor.id > 0).toBe(true);
        }
      }),
    );
    expect(decodeCursor('')).toBeNull();
    expect(decodeCursor(Buffer.from('12~0').toString('base64url'))).toBeNull();
    expect(decodeCursor(Buffer.from('x~1').toString('base64url'))).toBeNull();
  });
});
