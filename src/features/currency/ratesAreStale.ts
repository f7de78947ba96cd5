/** Rates older than this many days are named as "the newest this device has", not as current. */
export const STALE_AFTER_DAYS = 7;

/**
 * True when the rates' date (YYYY-MM-DD) is more than STALE_AFTER_DAYS calendar days before the UTC
 * day of `now`: the banks publish every working day, so a week without a newer list means the
 * refresh has not reached them, and the reader should know the figure may be out of date.
 */
export function ratesAreStale(date: string, now: number): boolean {
  const day = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(day)) return false;
  const today = Date.parse(`${new Date(now).toISOString().slice(0, 10)}T00:00:00Z`);
  return today - day > STALE_AFTER_DAYS * 86_400_000;
}
