import type { RatesStore } from './createRatesStore';
import { SOURCE_NAMES } from './ratesSources';
import type { RatesUpdateOutcome } from './updateRates';

/** The newest stored date of each source, for the operator: "Bank of Russia 2025-12-13, European Central Bank 2026-07-06". */
export async function ratesInService(rates: RatesStore): Promise<string> {
  const dates = await Promise.all((['cbr', 'ecb'] as const).map(async (s) => `${SOURCE_NAMES[s]} ${(await rates.latestDate(s)) ?? 'none'}`));
  return dates.join(', ');
}

/**
 * The operator's report of an update: one line per document, or a single line when no source
 * could be reached at all (no network), which also names the rates that stay in service.
 */
export function summarizeUpdate(outcomes: readonly RatesUpdateOutcome[], inService: string, prefix = 'rates:update'): string[] {
  if (outcomes.length > 0 && outcomes.every((o) => !o.ok && o.network)) {
    const hosts = [...new Set(outcomes.map((o) => new URL(o.document.url).host))];
    return [`${prefix}: no network — could not reach ${hosts.join(' or ')}; the last good rates stay in service (${inService}).`];
  }
  return outcomes.map((o) => o.message);
}
