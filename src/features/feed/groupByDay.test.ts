import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../contract/schemas';
import { groupByDay } from './groupByDay';

function story(id: number, publishedAt: string): ArticleSummary {
  return { id, section: 'world', title: `Story ${String(id)}`, lead: 'Lead.', publishedAt, url: `/world/${String(id)}` };
}

const headings = (items: ArticleSummary[], now: string, zone: string) =>
  groupByDay(items, new Date(now), zone).map((g) => `${g.heading}: ${g.items.map((i) => i.id).join(',')}`);

describe('groupByDay', () => {
  // Newest first, as the API sends them.
  const around2330 = [story(3, '2024-01-23T09:00:00Z'), story(2, '2024-01-22T23:30:00Z'), story(1, '2024-01-22T20:30:00Z')];

  it('puts an article of 23:30 UTC under the next day in Moscow and the same day in New York', () => {
    const now = '2024-01-23T10:00:00Z'; // 13:00 in Moscow, 05:00 in New York, both on the 23rd
    expect(headings(around2330, now, 'Europe/Moscow')).toEqual(['Today: 3,2', 'Yesterday: 1']);
    expect(headings(around2330, now, 'America/New_York')).toEqual(['Today: 3', 'Yesterday: 2,1']);
  });

  it('follows midnight in the chosen city, not in UTC', () => {
    const late = [story(1, '2024-01-22T20:30:00Z')]; // 23:30 in Moscow
    expect(headings(late, '2024-01-22T20:59:00Z', 'Europe/Moscow')).toEqual(['Today: 1']);
    expect(headings(late, '2024-01-22T21:00:00Z', 'Europe/Moscow')).toEqual(['Yesterday: 1']);
    const evening = [story(2, '2024-01-22T23:30:00Z')]; // 18:30 in New York
    expect(headings(evening, '2024-01-23T04:59:00Z', 'America/New_York')).toEqual(['Today: 2']);
    expect(headings(evening, '2024-01-23T05:00:00Z', 'America/New_York')).toEqual(['Yesterday: 2']);
  });

  it('keeps New York’s 25-hour day in one group when the clocks go back', () => {
    const items = [story(4, '2024-11-04T04:30:00Z'), story(3, '2024-11-03T06:30:00Z'), story(2, '2024-11-03T05:30:00Z'), story(1, '2024-11-03T03:59:00Z')];
    // 23:30 EST, 01:30 EST, 01:30 EDT on 3 November; 23:59 EDT on the 2nd.
    expect(headings(items, '2024-11-04T04:45:00Z', 'America/New_York')).toEqual(['Today: 4,3,2', 'Yesterday: 1']);
    expect(headings(items, '2024-11-04T05:00:00Z', 'America/New_York')).toEqual(['Yesterday: 4,3,2', 'November 2: 1']);
  });

  it('groups by the Chatham Islands’ day at UTC+13:45 and Honolulu’s at UTC−10', () => {
    const items = [story(2, '2024-12-15T10:15:00Z'), story(1, '2024-12-15T10:14:00Z')];
    expect(headings(items, '2024-12-15T12:00:00Z', 'Pacific/Chatham')).toEqual(['Today: 2', 'Yesterday: 1']);
    expect(headings(items, '2024-12-15T12:00:00Z', 'Pacific/Honolulu')).toEqual(['Today: 2,1']);
    expect(headings(items, '2024-12-15T12:00:00Z', 'Asia/Kathmandu')).toEqual(['Today: 2,1']);
  });
});
