import type { ArticleSummary } from '../../contract/schemas';
import { calendarDay, dayHeading } from '../../lib/zonedTime';

/** Articles of one calendar day in the reader's zone, under its heading. */
export interface DayGroup {
  day: string;
  heading: string;
  items: ArticleSummary[];
}

/** Groups a newest-first list by calendar day in `timeZone`: "Today", "Yesterday", "January 22"… */
export function groupByDay(items: readonly ArticleSummary[], now: Date, timeZone: string): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const item of items) {
    const date = new Date(item.publishedAt);
    const day = calendarDay(date, timeZone);
    const last = groups.at(-1);
    if (last !== undefined && last.day === day) last.items.push(item);
    else groups.push({ day, heading: dayHeading(date, now, timeZone), items: [item] });
  }
  return groups;
}
