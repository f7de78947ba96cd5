import * as z from 'zod/mini';
import { Rates, type RatesSource } from '../../contract/ratesSchemas';

/** Rates kept on the device for offline use, with when they were saved. */
export const SavedRates = z.object({ savedAt: z.iso.datetime(), rates: Rates });
export type SavedRates = z.infer<typeof SavedRates>;

const keyOf = (source: RatesSource) => `newswire.rates.${source}`;
const MAX_LENGTH = 200_000;

/** The last good rates of `source` saved on this device, or null (none, damaged, or of another source). */
export function readSavedRates(source: RatesSource): SavedRates | null {
  try {
    const raw = localStorage.getItem(keyOf(source));
    if (raw === null || raw.length > MAX_LENGTH) return null;
    const parsed = SavedRates.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.rates.source === source ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Keeps `rates` as the last good rates of their source. */
export function saveRates(rates: Rates, now: Date = new Date()): void {
  try {
    localStorage.setItem(keyOf(rates.source), JSON.stringify({ savedAt: now.toISOString(), rates }));
  } catch {
    // A full or disabled storage: offline use is lost, nothing else.
  }
}
