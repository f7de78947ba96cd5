import { useMinuteValue } from '../../lib/useMinuteValue';
import { formatClock, utcOffsetLabel } from '../../lib/zonedTime';

interface HeaderClockProps {
  /** The city's name, for screen readers ("Moscow time: 13:01 UTC+3"). */
  label: string;
  timeZone: string;
}

/** The current time in the reader's city, updated each minute by the shared ticker (only this component re-renders). */
export function HeaderClock({ label, timeZone }: HeaderClockProps) {
  const minute = useMinuteValue((now) => now);
  const date = new Date(minute);
  const clock = formatClock(date, timeZone);
  const offset = utcOffsetLabel(date, timeZone);
  return (
    <time className="city-clock" dateTime={date.toISOString()}>
      <span aria-hidden="true">
        {clock} <span className="city-clock-offset">{offset}</span>
      </span>
      <span className="visually-hidden">{`${label}: ${clock} ${offset}`}</span>
    </time>
  );
}
