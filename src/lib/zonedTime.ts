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

/**
 * A zone's offsets from UTC over a stretch of time, found with Intl where the page was rendered:
 * `spans` are [start (epoch ms), minutes east of UTC], ascending, each until the next; the last until
 * `until`. The browser then draws the page's times with arithmetic alone: the first Intl call of a
 * page costs ~20 ms of ICU start-up (~80 ms on a slow phone), which hydration no longer waits for.
 */
export interface ZoneOffsets {
  timeZone: string;
  spans: [number, number][];
  until: number;
}

const tables = new Map<string, ZoneOffsets>();

/** Draws the zone's times from `table` inside its stretch (the page's table, checked by the caller). */
export function rememberZoneOffsets(table: ZoneOffsets): void {
  tables.set(table.timeZone, table);
}

function tableOffset(time: number, timeZone: string): number | undefined {
  const table = tables.get(timeZone);
  if (table === undefined || time >= table.until) return undefined;
  for (let i = table.spans.length - 1; i >= 0; i--) {
    const span = table.spans[i];
    if (span !== undefined && time >= span[0]) return span[1];
  }
  return undefined;
}

const two = (n: number) => String(n).padStart(2, '0');

function fields(date: Date, timeZone: string): Fields {
  const key = `${String(date.getTime())}|${timeZone}`;
  const known = recent.get(key);
  if (known !== undefined) return known;
  const offset = tableOffset(date.getTime(), timeZone);
  if (offset !== undefined) {
    const wall = new Date(date.getTime() + offset * 60_000);
    return remember(key, { year: String(wall.getUTCFullYear()), month: wall.getUTCMonth() + 1, day: two(wall.getUTCDate()), clock: `${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}`, offset });
  }
  return remember(key, intlFields(date, timeZone));
}

function intlFields(date: Date, timeZone: string): Fields {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of formatter(timeZone).formatToParts(date)) parts[p.type] = p.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(parts.timeZoneName ?? ''); // "GMT+05:45", or "GMT" at zero
  const minutes = match === null ? 0 : Number(match[2]) * 60 + Number(match[3]);
  return {
    year: parts.year ?? '',
    month: Number(parts.month),
    day: parts.day ?? '',
    clock: `${parts.hour ?? ''}:${parts.minute ?? ''}`,
    offset: match?.[1] === '-' ? -minutes : minutes,
  };
}

/**
 * The zone's offsets from `from` to `until` as Intl gives them (for the server to send with a page).
 * Sampled daily, each change found to the millisecond: no zone changes its offset twice in a day.
 */
export function zoneOffsets(timeZone: string, from: number, until: number): ZoneOffsets {
  const offsetAt = (time: number) => intlFields(new Date(time), timeZone).offset;
  let current = offsetAt(from);
  const spans: [number, number][] = [[from, current]];
  for (let before = from; before < until; ) {
    const after = Math.min(before + 86_400_000, until);
    const next = offsetAt(after);
    if (next !== current) {
      let lo = before;
      let hi = after; // offsetAt(lo) === current, offsetAt(hi) === next
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetAt(mid) === current) lo = mid;
        else hi = mid;
      }
      spans.push([hi, next]);
      current = next;
    }
    before = after;
  }
  return { timeZone, spans, until };
}

function remember(key: string, result: Fields): Fields {
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
