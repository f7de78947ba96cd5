import type { RatesStore } from './createRatesStore';
import type { RatesDocumentSource } from './ratesSources';
import { updateRates, type RatesUpdateOptions } from './updateRates';

/** The UTC hour of the daily refresh: after the Bank of Russia (about 12:30 UTC) and the ECB (about 15:00 UTC) publish. */
export const REFRESH_HOUR_UTC = 16;
const HOUR = 3_600_000;
const STARTUP_DELAY = 5_000;

/** The next daily refresh time strictly after `now` (epoch ms). */
export function nextDailyRefresh(now: number): number {
  const today = new Date(now);
  const at = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), REFRESH_HOUR_UTC);
  return at > now ? at : at + 24 * HOUR;
}

/** What the schedule needs; `setTimer` lets tests drive time. */
export interface RatesRefreshOptions extends RatesUpdateOptions {
  rates: RatesStore;
  documents: readonly RatesDocumentSource[];
  log: (line: string) => void;
  setTimer?: (run: () => void, ms: number) => { unref?: () => void };
}

/**
 * Refreshes the rates in the background (RATES_REFRESH=daily): soon after start when the last
 * successful update is older than 20 hours, then every day at REFRESH_HOUR_UTC; a failed run is
 * retried an hour later. Never blocks the server: the timers are unreferenced.
 */
export function startRatesRefresh(options: RatesRefreshOptions): { stop: () => void } {
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  let stopped = false;

  const schedule = (ms: number) => {
    if (!stopped) setTimer(() => void run(), ms).unref?.();
  };

  const run = async () => {
    if (stopped) return;
    let ok = false;
    try {
      const outcomes = await updateRates(options.rates, options.documents, options);
      for (const o of outcomes) options.log(o.message);
      ok = outcomes.every((o) => o.ok);
    } catch (error) {
      options.log(`Rates refresh failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const t = now();
    schedule(Math.min(ok ? Infinity : HOUR, nextDailyRefresh(t) - t));
  };

  const t = now();
  const lastSuccess = Math.min(...(['cbr', 'ecb'] as const).map((s) => options.rates.lastUpdate(s)?.succeededAt ?? 0));
  schedule(t - lastSuccess > 20 * HOUR ? STARTUP_DELAY : nextDailyRefresh(t) - t);
  return {
    stop: () => {
      stopped = true;
    },
  };
}
