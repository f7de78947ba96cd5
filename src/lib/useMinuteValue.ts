import { useSyncExternalStore } from 'react';
import { useRenderSnapshot } from './renderSnapshot';
import { calendarDay, middayOf } from './zonedTime';

// One shared ticker for every clock and relative age on the page: a single timer, aligned to the
// minute, that runs only while something listens. Each component selects what it shows from the
// current minute, so React re-renders a component only when its own text changes ("5 min ago" →
// "6 min ago"), never the page around it.

const MINUTE_MS = 60_000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

function notify(): void {
  for (const listener of [...listeners]) listener();
}

function onVisible(): void {
  // Background tabs throttle or freeze timers; catch up as soon as the reader looks again.
  if (document.visibilityState === 'visible') notify();
}

function scheduleTick(): void {
  // Re-aligned on every tick, so a late or early timer never drifts the clock.
  timer = setTimeout(() => {
    scheduleTick();
    notify();
  }, MINUTE_MS - (Date.now() % MINUTE_MS));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    scheduleTick();
    document.addEventListener('visibilitychange', onVisible);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    }
  };
}

/** The current time rounded down to the whole minute (epoch ms): the same value for a whole minute. */
export function currentMinute(): number {
  const now = Date.now();
  return now - (now % MINUTE_MS);
}

/**
 * A value derived from the current minute, kept current by the shared minute ticker. `select` must
 * return a primitive (compared with Object.is): the caller re-renders only when it changes.
 */
export function useMinuteValue<T extends string | number | boolean | null>(select: (minute: number) => T): T {
  // A page rendered on the server hydrates with the minute it was rendered in, then moves to now.
  const rendered = useRenderSnapshot()?.minute;
  return useSyncExternalStore(subscribe, () => select(currentMinute()), () => select(rendered ?? currentMinute()));
}

/** Midday of the current calendar day in `timeZone`, renewed when that day changes (for "Today"/"Yesterday"). */
export function useToday(timeZone: string): Date {
  const day = useMinuteValue((minute) => calendarDay(new Date(minute), timeZone));
  return new Date(middayOf(day, timeZone));
}
