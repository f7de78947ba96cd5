import type { Rates } from '../../contract/ratesSchemas';
import { useMinuteValue } from '../../lib/useMinuteValue';
import { formatRatesDate } from './formatMoney';
import { ratesAreStale } from './ratesAreStale';
import { SOURCE_NAMES } from './sourceNames';

/**
 * The source and date of the rates a result was computed with ("Bank of Russia rates for 6 July 2026"),
 * said plainly when they are more than a week old ("Rates of 18 October 2024 — the newest this device
 * has. Source: Bank of Russia."). Follows the shared minute ticker, so it turns stale while open.
 */
export function RatesDateNote({ rates }: { rates: Pick<Rates, 'source' | 'date'> }) {
  const stale = useMinuteValue((minute) => ratesAreStale(rates.date, minute));
  const source = SOURCE_NAMES[rates.source];
  const date = formatRatesDate(rates.date);
  return (
    <p className={stale ? 'converter-date converter-date-stale' : 'converter-date'}>
      {stale ? `Rates of ${date} — the newest this device has. Source: ${source}.` : `${source} rates for ${date}`}
    </p>
  );
}
