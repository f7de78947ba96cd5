// Relative ages for recent items: "just now", "5 min ago", "2 hours ago". Older items show only
// their time and date: past six hours an age says less than the clock time and the day heading.

/** Items younger than this many hours show a relative age beside their time. */
export const RECENT_HOURS = 6;

/** How far ahead of the reader's clock an item may be and still count as "just now" (clock skew). */
const SKEW_MINUTES = 5;

/**
 * The age shown for an item published at `instant` when the clock reads `now` (both epoch ms), in
 * minutes: whole clock minutes under an hour (13:05 − 13:01 = 4), whole hours (as 60, 120, …) under
 * RECENT_HOURS; null for older items and for items further in the future than a clock skew.
 */
export function ageInMinutes(instant: number, now: number): number | null {
  const minutes = Math.floor(now / 60_000) - Math.floor(instant / 60_000);
  if (minutes < -SKEW_MINUTES || minutes >= RECENT_HOURS * 60) return null;
  if (minutes < 60) return Math.max(0, minutes);
  return Math.floor(minutes / 60) * 60;
}

/** The short form shown on screen: "just now", "5 min ago", "1 hour ago", "2 hours ago". */
export function shortAge(minutes: number): string {
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  return hours === 1 ? '1 hour ago' : `${hours} hours ago`;
}

/** The spoken form: "just now", "1 minute ago", "5 minutes ago", "1 hour ago", "2 hours ago". */
export function spokenAge(minutes: number): string {
  if (minutes < 1) return 'just now';
  if (minutes < 60) return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
  return shortAge(minutes);
}
