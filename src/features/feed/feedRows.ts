import type { ArticleSummary } from '../../contract/schemas';
import { groupByDay } from './groupByDay';

/** One row of the virtualised feed: a day heading or a story. */
export type FeedRow = { kind: 'day'; key: string; heading: string } | { kind: 'story'; key: string; article: ArticleSummary };

/** Flattens a newest-first list into day-heading and story rows (keys are stable across pages). */
export function feedRows(items: readonly ArticleSummary[], now: Date, timeZone: string): FeedRow[] {
  const rows: FeedRow[] = [];
  for (const group of groupByDay(items, now, timeZone)) {
    rows.push({ kind: 'day', key: `day-${group.day}`, heading: group.heading });
    for (const article of group.items) rows.push({ kind: 'story', key: `story-${String(article.id)}`, article });
  }
  return rows;
}

/** The list without repeated ids (first occurrence wins). */
export function uniqueById(items: readonly ArticleSummary[]): ArticleSummary[] {
  const seen = new Set<number>();
  return items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
}
