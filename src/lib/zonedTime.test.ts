import { describe, expect, it } from 'vitest';
import { dayHeading, formatDateTime, utcOffsetLabel } from './zonedTime';

describe('zoned time', () => {
  const t = new Date('2017-01-23T10:01:00Z');

  it('formats like the agency, with the UTC offset', () => {
    expect(formatDateTime(t, 'Europe/Moscow')).toBe('January 23, 13:01 UTC+3');
    expect(formatDateTime(t, 'America/New_York')).toBe('January 23, 05:01 UTC\u22125');
    expect(utcOffsetLabel(t, 'Asia/Kathmandu')).toBe('UTC+5:45');
    expect(utcOffsetLabel(t, 'Europe/London')).toBe('UTC');
  });

  it('names days relative to now in the zone', () => {
    const now = new Date('2017-01-23T22:30:00Z'); // already the 24th in Moscow
    expect(dayHeading(new Date('2017-01-23T21:30:00Z'), now, 'Europe/Moscow')).toBe('Today');
    expect(dayHeading(new Date('2017-01-23T20:30:00Z'), now, 'Europe/Moscow')).toBe('Yesterday');
    expect(dayHeading(new Date('2017-01-22T10:00:00Z'), now, 'Europe/Moscow')).toBe('January 22');
    expect(dayHeading(new Date('2016-12-31T10:00:00Z'), now, 'Europe/Moscow')).toBe('December 31, 2016');
  });
});
