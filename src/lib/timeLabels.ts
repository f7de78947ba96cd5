import { shortAge, spokenAge } from './relativeAge';
import { calendarDay, formatClockWithOffset, formatDateTime } from './zonedTime';

/**
 * What a timestamp shows and what it reads as, for the app's <Time> (src/components/Time.tsx) and the
 * server's first paint: "13:01 UTC+3" or "January 23, 13:01 UTC+3" (with the year when it is not
 * `thisYear`), the short age ("5 min ago", null when not recent) and the spoken phrase.
 */
export function timeLabels(date: Date, format: 'clock' | 'full', timeZone: string, thisYear: string, age: number | null): { shown: string; age: string | null; spoken: string } {
  const full = formatDateTime(date, timeZone, calendarDay(date, timeZone).slice(0, 4) !== thisYear);
  return {
    shown: format === 'clock' ? formatClockWithOffset(date, timeZone) : full,
    age: age === null ? null : shortAge(age),
    spoken: age === null ? full : `${spokenAge(age)}, ${full}`,
  };
}
