import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './parseFeedDate';

const at = (iso: string) => Date.parse(iso);

describe('parseFeedDate', () => {
  it('reads RFC 822 dates with named and numeric zones, two-digit years and no weekday', () => {
    expect(parseFeedDate('Sat, 07 Sep 2002 00:00:01 GMT')).toBe(at('2002-09-07T00:00:01Z'));
    expect(parseFeedDate('Mon, 23 Jan 2017 13:01:00 +0300')).toBe(at('2017-01-23T10:01:00Z'));
    expect(parseFeedDate('Wed, 02 Oct 2002 08:00:00 EST')).toBe(at('2002-10-02T13:00:00Z'));
    expect(parseFeedDate('Wed, 02 Oct 2002 15:00:00 PDT')).toBe(at('2002-10-02T22:00:00Z'));
    expect(parseFeedDate('07 Sep 02 00:00 UT')).toBe(at('2002-09-07T00:00:00Z'));
    expect(parseFeedDate('Thu, 1 January 2004 19:48 -05:30')).toBe(at('2004-01-02T01:18:00Z'));
    expect(parseFeedDate('Thu, 01 Jan 2004')).toBe(at('2004-01-01T00:00:00Z'));
  });

  it('reads ISO 8601 / W3CDTF, taking a date without a zone as UTC', () => {
    expect(parseFeedDate('2003-12-31T10:14:55Z')).toBe(at('2003-12-31T10:14:55Z'));
    expect(parseFeedDate('2003-12-31T10:14:55.123-08:00')).toBe(at('2003-12-31T18:14:55.123Z'));
    expect(parseFeedDate('2003-12-31T10:14:55+0100')).toBe(at('2003-12-31T09:14:55Z'));
    expect(parseFeedDate('2003-12-31 10:14')).toBe(at('2003-12-31T10:14:00Z'));
    expect(parseFeedDate('2003-12')).toBe(at('2003-12-01T00:00:00Z'));
    expect(parseFeedDate('2003')).toBe(at('2003-01-01T00:00:00Z'));
    expect(parseFeedDate('20031231T101455Z')).toBe(at('2003-12-31T10:14:55Z'));
  });

  it('returns null for what is not a date, or an impossible one', () => {
    for (const bad of [undefined, '', 'yesterday', 'Sun Jan  4 16:29:06 PST 2004x', '2003-02-30T00:00:00Z', '2003-13-01', 'Mon, 32 Jan 2004 00:00:00 GMT', '2003-12-31T25:00:00Z', '2003-12-31T10:00:00+25:00']) {
      expect(parseFeedDate(bad), String(bad)).toBeNull();
    }
  });

  it('round-trips any instant through toUTCString and toISOString (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }), (date) => {
        const seconds = Math.floor(date.getTime() / 1000) * 1000;
        expect(parseFeedDate(new Date(seconds).toUTCString())).toBe(seconds);
        expect(parseFeedDate(date.toISOString())).toBe(date.getTime());
      }),
    );
  });

  it('never throws and returns null or a finite time for any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const result = parseFeedDate(text);
        expect(result === null || Number.isFinite(result)).toBe(true);
      }),
    );
  });
});
