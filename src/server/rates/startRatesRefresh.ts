import type { RatesStore } from './createRatesStore';
import type { RatesDocumentSource } from './ratesSources';
import { ratesInService, summarizeUpdate } from './summarizeUpdate';
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
 * Refreshes the rates in the background (the default of `npm start`; RATES_REFRESH=off turns it off):
 * soon after start when the last successful update is older than 20 hours, then every day at
 * REFRESH_HOUR_UTC. A failed run is retried after an hour, then 2, 4, 8… hours (never later than the
 * next daily run), so an offline server tries a few times a day, not in a storm; offline, each try
 * logs one line. Never blocks the server: the timers are unreferenced.
 */
export function startRatesRefresh(options: RatesRefreshOptions): { stop: () => void } {
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  let stopped = false;
  let failures = 0;

  const schedule = (ms: number) => {
    if (!stopped) setTimer(() => void run(), ms).unref?.();
  };

  const run = async () => {
    if (stopped) return;
    let ok = false;
    try {
      const outcomes = await updateRates(options.rates, options.documents, options);
      for (const line of summarizeUpdate(outcomes, await ratesInService(options.rates), 'Rates refresh')) options.log(line);
      ok = outcomes.every((o) => o.ok);
    } catch (error) {
      options.log(`Rates refresh failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    failures = ok ? 0 : failures + 1;
    const t = now();
    schedule(Math.min(ok ? Infinity : HOUR * 2 ** Math.min(failures - 1, 5), nextDailyRefresh(t) - t));
  };

  // The first refresh: soon when the last success is older than 20 hours, else at the daily time.
  const first = async () => {
    const updates = await Promise.all((['cbr', 'ecb'] as const).map((s) => options.rates.lastUpdate(s)));
    const lastSuccess = Math.min(...updates.map((u) => u?.succeededAt ?? 0));
    const t = now();
    schedule(t - lastSuccess > 20 * HOUR ? STARTUP_DELAY : nextDailyRefresh(t) - t);
  };
  first().catch((error: unknown) => {
    options.log(`Rates refresh could not read the last update: ${error instanceof Error ? error.message : String(error)}; trying at startup`);
    schedule(STARTUP_DELAY);
  });
  return {
    stop: () => {
      stopped = true;
    },
  };
}
