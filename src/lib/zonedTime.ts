// Times in a chosen IANA time zone, formatted as the agency does: "January 23, 13:01 UTC+3".

/** Moscow, the agency's own zone: the default until the reader chooses a city. */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

function part(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions, type: Intl.DateTimeFormatPartTypes): string {
  return formatter(timeZone, options).formatToParts(date).find((p) => p.type === type)?.value ?? '';
}

/** The zone's offset from UTC at `date` in minutes (Moscow: 180, New York in winter: -300). */
export function utcOffsetMinutes(date: Date, timeZone: string): number {
  const text = part(date, timeZone, { timeZoneName: 'longOffset' }, 'timeZoneName'); // "GMT+05:45" or "GMT"
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(text);
  if (match === null) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
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
  return formatter(timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** "January 23". */
export function formatDayMonth(date: Date, timeZone: string): string {
  return formatter(timeZone, { month: 'long', day: 'numeric' }).format(date);
}

/** "January 23, 13:01 UTC+3". */
export function formatDateTime(date: Date, timeZone: string): string {
  return `${formatDayMonth(date, timeZone)}, ${formatClock(date, timeZone)} ${utcOffsetLabel(date, timeZone)}`;
}

/** The calendar day of `date` in the zone as "YYYY-MM-DD", for grouping. */
export function calendarDay(date: Date, timeZone: string): string {
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
  const parts = formatter(timeZone, opts).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The day before a "YYYY-MM-DD" day. */
export function previousDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Heading of a feed day: "Today", "Yesterday", then "January 22" (with the year when it is not this year's). */
export function dayHeading(date: Date, now: Date, timeZone: string): string {
  const day = calendarDay(date, timeZone);
  const today = calendarDay(now, timeZone);
  if (day === today) return 'Today';
  if (day === previousDay(today)) return 'Yesterday';
  const label = formatDayMonth(date, timeZone);
  return day.slice(0, 4) === today.slice(0, 4) ? label : `${label}, ${day.slice(0, 4)}`;
}
