import { useTimeZone } from '../lib/TimeZoneContext';
import { formatClock, formatDateTime, utcOffsetLabel } from '../lib/zonedTime';

interface TimeProps {
  /** ISO 8601 instant. */
  value: string;
  /** "clock": "13:01"; "full": "January 23, 13:01 UTC+3". */
  format?: 'clock' | 'full';
  className?: string;
}

/** A timestamp in the reader's zone, inside <time datetime>. */
export function Time({ value, format = 'full', className }: TimeProps) {
  const timeZone = useTimeZone();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const full = formatDateTime(date, timeZone);
  return (
    <time dateTime={value} className={className} title={format === 'clock' ? full : undefined}>
      {format === 'clock' ? formatClock(date, timeZone) : full}
      {format === 'clock' && <span className="visually-hidden"> {utcOffsetLabel(date, timeZone)}</span>}
    </time>
  );
}
