// Times in a chosen IANA time zone, formatted as the agency does: "January 23, 13:01 UTC+3".

/** Moscow, the agency's own zone: the default until the reader chooses a city. */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The wall-clock fields of an instant in a zone, and the zone's offset then. */
interface Fields {
  year: string;
  /** 1–12. */
  month: number;
  /** "01"–"31". */
  day: string;
  /** "00:00"–"23:59". */
  clock: string;
  /** Minutes east of UTC. */
  offset: number;
}

// One formatter per zone gives every field at once (creating an Intl.DateTimeFormat is the costly
// part), and the fields of the instants drawn last are kept: one <Time> asks for them several times.
const formatters = new Map<string, Intl.DateTimeFormat>();
const recent = new Map<string, Fields>();
const RECENT_LIMIT = 500;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' });
    formatters.set(timeZone, f);
  }
  return f;
}

function fields(date: Date, timeZone: string): Fields {
  const key = `${String(date.getTime())}|${timeZone}`;
  const known = recent.get(key);
  if (known !== undefined) return known;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of formatter(timeZone).formatToParts(date)) parts[p.type] = p.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(parts.timeZoneName ?? ''); // "GMT+05:45", or "GMT" at zero
  const minutes = match === null ? 0 : Number(match[2]) * 60 + Number(match[3]);
  const result: Fields = {
    year: parts.year ?? '',
    month: Number(parts.month),
    day: parts.day ?? '',
    clock: `${parts.hour ?? ''}:${parts.minute ?? ''}`,
    offset: match?.[1] === '-' ? -minutes : minutes,
  };
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(key, result);
  return result;
}

/** The zone's offset from UTC at `date` in minutes (Moscow: 180, New York in winter: -300). */
export function utcOffsetMinutes(date: Date, timeZone: string): number {
  return fields(date, timeZone).offset;
}

/** "UTC+3", "UTC−5" (with a minus sign), "UTC+5:45", "UTC" at zero. */
export function utcOffsetLabel(date: Date, timeZone: string): string {
  const offset = utcOffsetMinutes(date, timeZone);
  if (offset === 0) return 'UTC';
  const abs = Math.abs(offset);
  const hours = String(Math.floor(abs / 60));
  const minutes = abs % 60 === 0 ? '' : `:${String(abs % 60).padStart(2, '0')}`;
  return `UTC${offset < 0 ? '\u2212' : '+'}${hours}${minutes}`;
}

/** "13:01" (24-hour clock). */
export function formatClock(date: Date, timeZone: string): string {
  return fields(date, timeZone).clock;
}

/** "January 23". */
export function formatDayMonth(date: Date, timeZone: string): string {
  const { month, day } = fields(date, timeZone);
  return `${MONTHS[month - 1] ?? ''} ${String(Number(day))}`;
}

/** "13:01 UTC+3". */
export function formatClockWithOffset(date: Date, timeZone: string): string {
  return `${formatClock(date, timeZone)} ${utcOffsetLabel(date, timeZone)}`;
}

/** "January 23, 13:01 UTC+3"; with `withYear`, "January 23, 2016, 13:01 UTC+3". */
export function formatDateTime(date: Date, timeZone: string, withYear = false): string {
  const day = withYear ? `${formatDayMonth(date, timeZone)}, ${calendarDay(date, timeZone).slice(0, 4)}` : formatDayMonth(date, timeZone);
  return `${day}, ${formatClockWithOffset(date, timeZone)}`;
}

/** The calendar day of `date` in the zone as "YYYY-MM-DD", for grouping. */
export function calendarDay(date: Date, timeZone: string): string {
  const { year, month, day } = fields(date, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${day}`;
}

/**
 * An instant at about midday of a "YYYY-MM-DD" day the zone lived (within an hour of it on a DST
 * change), so it lies inside that day for every zone (offsets run from UTC−12 to UTC+14).
 */
export function middayOf(day: string, timeZone: string): number {
  const noonUtc = Date.parse(`${day}T12:00:00Z`);
  return noonUtc - utcOffsetMinutes(new Date(noonUtc), timeZone) * 60_000;
}

/**
 * The calendar day before a "YYYY-MM-DD" day in the zone: 24 hours before its midday, which lands
 * in the previous day however long the days are (23 or 25 hours on DST changes), and skips a day a
 * zone never lived (Kiritimati went from 30 December 1994 to 1 January 1995).
 */
export function dayBefore(day: string, timeZone: string): string {
  return calendarDay(new Date(middayOf(day, timeZone) - 86_400_000), timeZone);
}

/** True when this browser's Intl knows the IANA zone (older browsers lack renamed zones such as Europe/Kyiv). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Heading of a feed day: "Today", "Yesterday", then "January 22" (with the year when it is not this year's). */
export function dayHeading(date: Date, now: Date, timeZone: string): string {
  const day = calendarDay(date, timeZone);
  const today = calendarDay(now, timeZone);
  if (day === today) return 'Today';
  if (day === dayBefore(today, timeZone)) return 'Yesterday';
  const label = formatDayMonth(date, timeZone);
  return day.slice(0, 4) === today.slice(0, 4) ? label : `${label}, ${day.slice(0, 4)}`;
}
