import { ageInMinutes } from '../lib/relativeAge';
import { useTimeZone } from '../lib/TimeZoneContext';
import { useMinuteValue } from '../lib/useMinuteValue';
import { timeLabels } from '../lib/timeLabels';
import { calendarDay } from '../lib/zonedTime';

interface TimeProps {
  /** ISO 8601 instant. */
  value: string;
  /** "clock": "13:01 UTC+3"; "full": "January 23, 13:01 UTC+3" (with the year when it is not this year's). */
  format?: 'clock' | 'full';
  className?: string;
}

/**
 * A timestamp in the reader's zone inside <time datetime>, with a relative age for recent items
 * ("13:01 UTC+3 · 5 min ago"). Screen readers get one phrase, "5 minutes ago, January 23, 13:01 UTC+3":
 * the visible text is hidden from them and the phrase is visually hidden, because naming a <time>
 * with aria-label is not reliably announced (axe-core marks <time> as naming-prohibited).
 * Only this component re-renders as the age grows.
 */
export function Time({ value, format = 'full', className }: TimeProps) {
  const timeZone = useTimeZone();
  const instant = Date.parse(value);
  const valid = !Number.isNaN(instant);
  const age = useMinuteValue((minute) => (valid ? ageInMinutes(instant, minute) : null));
  const thisYear = useMinuteValue((minute) => calendarDay(new Date(minute), timeZone).slice(0, 4));
  if (!valid) return null;

  const labels = timeLabels(new Date(instant), format, timeZone, thisYear, age);
  return (
    <time dateTime={value} className={className}>
      <span aria-hidden="true">
        <span className="time-shown">{labels.shown}</span>
        {labels.age !== null && (
          <>
            {' '}
            <span className="time-age">· {labels.age}</span>
          </>
        )}
      </span>
      <span className="visually-hidden">{labels.spoken}</span>
    </time>
  );
}
