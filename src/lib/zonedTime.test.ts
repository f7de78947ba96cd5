import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  calendarDay,
  dayHeading,
  formatClock,
  formatClockWithOffset,
  dayBefore,
  formatDateTime,
  isValidTimeZone,
  middayOf,
  rememberZoneOffsets,
  utcOffsetLabel,
  utcOffsetMinutes,
  zoneOffsets,
} from './zonedTime';

const at = (iso: string) => new Date(iso);
const shown = (iso: string, zone: string) => `${calendarDay(at(iso), zone)} ${formatClockWithOffset(at(iso), zone)}`;

// Transition instants from the IANA tz database (2024): worked out by hand, not by the code under test.
describe('times in the reader’s zone', () => {
  it('formats like the agency, with the UTC offset and a real minus sign', () => {
    const t = at('2017-01-23T10:01:00Z');
    expect(formatDateTime(t, 'Europe/Moscow')).toBe('January 23, 13:01 UTC+3');
    expect(formatDateTime(t, 'America/New_York')).toBe('January 23, 05:01 UTC\u22125');
    expect(formatDateTime(t, 'Europe/London')).toBe('January 23, 10:01 UTC');
    expect(formatDateTime(at('2016-12-31T10:00:00Z'), 'Europe/Moscow', true)).toBe('December 31, 2016, 13:00 UTC+3');
  });

  it('follows New York across both DST switches', () => {
    // Spring forward: 2024-03-10 02:00 EST (07:00 UTC) becomes 03:00 EDT.
    expect(shown('2024-03-10T06:59:00Z', 'America/New_York')).toBe('2024-03-10 01:59 UTC\u22125');
    expect(shown('2024-03-10T07:00:00Z', 'America/New_York')).toBe('2024-03-10 03:00 UTC\u22124');
    // Fall back: 2024-11-03 02:00 EDT (06:00 UTC) becomes 01:00 EST, so 01:30 happens twice.
    expect(shown('2024-11-03T05:30:00Z', 'America/New_York')).toBe('2024-11-03 01:30 UTC\u22124');
    expect(shown('2024-11-03T06:30:00Z', 'America/New_York')).toBe('2024-11-03 01:30 UTC\u22125');
  });

  it('keeps Moscow at UTC+3 while Europe changes its clocks', () => {
    expect(shown('2024-03-31T01:00:00Z', 'Europe/Moscow')).toBe('2024-03-31 04:00 UTC+3');
    expect(shown('2024-10-27T01:00:00Z', 'Europe/Moscow')).toBe('2024-10-27 04:00 UTC+3');
    expect(shown('2024-03-31T01:00:00Z', 'Europe/Berlin')).toBe('2024-03-31 03:00 UTC+2');
  });

  it('handles Kathmandu at UTC+5:45', () => {
    expect(shown('2024-01-01T18:14:00Z', 'Asia/Kathmandu')).toBe('2024-01-01 23:59 UTC+5:45');
    expect(shown('2024-01-01T18:15:00Z', 'Asia/Kathmandu')).toBe('2024-01-02 00:00 UTC+5:45');
    expect(utcOffsetMinutes(at('2024-07-01T00:00:00Z'), 'Asia/Kathmandu')).toBe(345);
  });

  it('handles the Chatham Islands at UTC+12:45 and, in summer, UTC+13:45', () => {
    // DST ends 2024-04-07 03:45 CHADT (2024-04-06 14:00 UTC); starts 2024-09-29 02:45 CHAST (2024-09-28 14:00 UTC).
    expect(shown('2024-04-06T13:59:00Z', 'Pacific/Chatham')).toBe('2024-04-07 03:44 UTC+13:45');
    expect(shown('2024-04-06T14:00:00Z', 'Pacific/Chatham')).toBe('2024-04-07 02:45 UTC+12:45');
    expect(shown('2024-09-28T13:59:00Z', 'Pacific/Chatham')).toBe('2024-09-29 02:44 UTC+12:45');
    expect(shown('2024-09-28T14:00:00Z', 'Pacific/Chatham')).toBe('2024-09-29 03:45 UTC+13:45');
    expect(shown('2024-06-15T11:14:00Z', 'Pacific/Chatham')).toBe('2024-06-15 23:59 UTC+12:45');
    expect(shown('2024-06-15T11:15:00Z', 'Pacific/Chatham')).toBe('2024-06-16 00:00 UTC+12:45');
    expect(shown('2024-12-15T10:15:00Z', 'Pacific/Chatham')).toBe('2024-12-16 00:00 UTC+13:45');
  });

  it('handles Honolulu at UTC−10 all year', () => {
    expect(shown('2024-07-01T09:59:00Z', 'Pacific/Honolulu')).toBe('2024-06-30 23:59 UTC\u221210');
    expect(shown('2024-07-01T10:00:00Z', 'Pacific/Honolulu')).toBe('2024-07-01 00:00 UTC\u221210');
    expect(utcOffsetLabel(at('2024-01-15T00:00:00Z'), 'Pacific/Honolulu')).toBe('UTC\u221210');
  });

  it('tells zones this browser knows from ones it does not', () => {
    expect(isValidTimeZone('Asia/Kathmandu')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('Europe/Moscow; DROP TABLE')).toBe(false);
  });
});

describe('day headings', () => {
  it('names days relative to now in the zone', () => {
    const now = at('2017-01-23T22:30:00Z'); // already the 24th in Moscow
    expect(dayHeading(at('2017-01-23T21:30:00Z'), now, 'Europe/Moscow')).toBe('Today');
    expect(dayHeading(at('2017-01-23T20:30:00Z'), now, 'Europe/Moscow')).toBe('Yesterday');
    expect(dayHeading(at('2017-01-22T10:00:00Z'), now, 'Europe/Moscow')).toBe('January 22');
    expect(dayHeading(at('2016-12-31T10:00:00Z'), now, 'Europe/Moscow')).toBe('December 31, 2016');
  });

  it('puts an article of 23:30 UTC under the right day in Moscow and in New York', () => {
    const article = at('2024-01-22T23:30:00Z'); // 02:30 on the 23rd in Moscow, 18:30 on the 22nd in New York
    const now = at('2024-01-23T10:00:00Z'); // 13:00 on the 23rd in Moscow, 05:00 on the 23rd in New York
    expect(dayHeading(article, now, 'Europe/Moscow')).toBe('Today');
    expect(dayHeading(article, now, 'America/New_York')).toBe('Yesterday');
    const evening = at('2024-01-23T04:00:00Z'); // still 23:00 on the 22nd in New York
    expect(dayHeading(article, evening, 'America/New_York')).toBe('Today');
    expect(dayHeading(article, at('2024-01-24T21:00:00Z'), 'Europe/Moscow')).toBe('January 23'); // 00:00 on the 25th
  });

  it('counts the 23-hour and 25-hour days of New York by the calendar, not by 24 hours', () => {
    const springEnd = at('2024-03-11T03:59:00Z'); // 23:59 EDT on March 10
    expect(dayHeading(at('2024-03-10T05:00:00Z'), springEnd, 'America/New_York')).toBe('Today'); // 00:00 EST
    expect(dayHeading(at('2024-03-10T04:59:00Z'), springEnd, 'America/New_York')).toBe('Yesterday');
    expect(dayHeading(at('2024-03-10T05:00:00Z'), at('2024-03-11T04:00:00Z'), 'America/New_York')).toBe('Yesterday');
    const fallEnd = at('2024-11-04T04:59:00Z'); // 23:59 EST on November 3, almost 25 hours after its midnight
    expect(dayHeading(at('2024-11-03T04:00:00Z'), fallEnd, 'America/New_York')).toBe('Today'); // 00:00 EDT
    expect(dayHeading(at('2024-11-03T03:59:00Z'), fallEnd, 'America/New_York')).toBe('Yesterday');
    expect(dayHeading(at('2024-11-02T03:59:00Z'), fallEnd, 'America/New_York')).toBe('November 1');
  });

  it('calls the last day a zone lived "Yesterday", even when it skipped a calendar day', () => {
    // Samoa jumped from 29 December 2011 (UTC−10) to 31 December (UTC+14).
    const now = at('2011-12-31T00:00:00Z'); // 14:00 on the 31st in Apia
    expect(dayHeading(at('2011-12-30T09:00:00Z'), now, 'Pacific/Apia')).toBe('Yesterday'); // 23:00 on the 29th
    expect(dayHeading(at('2011-12-29T09:00:00Z'), now, 'Pacific/Apia')).toBe('December 28');
  });
});

const ZONES = ['Europe/Moscow', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham', 'Pacific/Honolulu', 'Europe/London', 'Australia/Sydney', 'Pacific/Kiritimati', 'America/St_Johns'];
const instant = fc.date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true });
const zone = fc.constantFrom(...ZONES);

describe('zone arithmetic, for any instant', () => {
  it('shows the clock and the calendar day that UTC plus the offset gives', () => {
    fc.assert(
      fc.property(instant, zone, (t, z) => {
        const local = new Date(t.getTime() + utcOffsetMinutes(t, z) * 60_000);
        const hhmm = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
        expect(formatClock(t, z)).toBe(hhmm);
        expect(calendarDay(t, z)).toBe(local.toISOString().slice(0, 10));
        expect(utcOffsetLabel(t, z)).toMatch(/^UTC([+\u2212]\d{1,2}(:\d{2})?)?$/);
      }),
    );
  });

  it('steps back one calendar day (two where the zone skipped one)', () => {
    fc.assert(
      fc.property(instant, zone, (t, z) => {
        const today = calendarDay(t, z);
        const step = Date.parse(today) - Date.parse(dayBefore(today, z));
        const skipped = z === 'Pacific/Kiritimati' && today === '1995-01-01';
        expect(step).toBe(skipped ? 2 * 86_400_000 : 86_400_000);
      }),
      { examples: [[new Date('1995-01-01T00:00:00Z'), 'Pacific/Kiritimati']] },
    );
  });

  it('names today and yesterday in every zone, across DST changes', () => {
    fc.assert(
      fc.property(instant, zone, (now, z) => {
        const today = calendarDay(now, z);
        expect(calendarDay(new Date(middayOf(today, z)), z)).toBe(today);
        expect(dayHeading(now, now, z)).toBe('Today');
        const yesterday = dayBefore(today, z);
        expect(dayHeading(new Date(middayOf(yesterday, z)), now, z)).toBe('Yesterday');
        expect(dayHeading(new Date(middayOf(dayBefore(yesterday, z), z)), now, z)).not.toMatch(/Today|Yesterday/);
      }),
    );
  });
});

describe('times drawn from a page’s offset table (no Intl in the browser)', () => {
  // Zones with DST both ways, a 45-minute offset, a half-hour DST (Lord Howe) and none (Moscow).
  const ZONES = ['Europe/Moscow', 'Europe/London', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Chatham'];
  const FROM = Date.parse('2024-01-01T00:00:00Z');
  const UNTIL = Date.parse('2025-02-15T00:00:00Z');
  // What Intl itself says, through a formatter of the test's own.
  const expected = (time: number, zone: string) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' })
        .formatToParts(new Date(time))
        .map((p) => [p.type, p.value]),
    );
    const offset = /GMT([+-])(\d{2}):(\d{2})/.exec(parts.timeZoneName ?? '');
    const minutes = offset === null ? 0 : (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
    return { day: `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`, clock: `${parts.hour ?? ''}:${parts.minute ?? ''}`, offset: minutes };
  };
  const drawn = (time: number, zone: string) => ({ day: calendarDay(new Date(time), zone), clock: formatClock(new Date(time), zone), offset: utcOffsetMinutes(new Date(time), zone) });

  beforeAll(() => {
    for (const zone of ZONES) rememberZoneOffsets(zoneOffsets(zone, FROM, UNTIL));
  });

  it('finds every change of offset to the millisecond', () => {
    const ny = zoneOffsets('America/New_York', FROM, UNTIL);
    expect(ny.spans.map(([start]) => new Date(start).toISOString())).toEqual(['2024-01-01T00:00:00.000Z', '2024-03-10T07:00:00.000Z', '2024-11-03T06:00:00.000Z']);
    expect(ny.spans.map(([, offset]) => offset)).toEqual([-300, -240, -300]);
    expect(zoneOffsets('Europe/Moscow', FROM, UNTIL).spans).toEqual([[FROM, 180]]);
  });

  it('draws the same day, clock and offset as Intl, on both sides of every change and anywhere between', () => {
    for (const zone of ZONES) {
      for (const [start] of zoneOffsets(zone, FROM, UNTIL).spans.slice(1)) {
        for (const time of [start - 60_001, start - 1, start, start + 59_999]) expect(drawn(time, zone), `${zone} ${String(time)}`).toEqual(expected(time, zone));
      }
    }
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: FROM, max: UNTIL - 1 }), (zone, time) => {
        expect(drawn(time, zone)).toEqual(expected(time, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it('asks Intl outside the table’s stretch', () => {
    const before = Date.parse('2016-07-01T12:00:00Z');
    expect(drawn(before, 'Europe/London')).toEqual(expected(before, 'Europe/London'));
    expect(drawn(UNTIL + 3_600_000, 'America/Santiago')).toEqual(expected(UNTIL + 3_600_000, 'America/Santiago'));
  });
});
