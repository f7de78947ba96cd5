import { queryOptions } from '@tanstack/react-query';
import { Rates, RatesHistory, type RatesSource } from '../contract/ratesSchemas';
import { getJson } from './client';
import { withParams } from './withParams';

/** The latest exchange rates of a source (Bank of Russia or ECB). */
export function ratesQuery(source: RatesSource) {
  return queryOptions({
    queryKey: ['rates', source],
    queryFn: ({ signal }) => getJson(withParams('/api/rates', { source }), Rates, signal),
    staleTime: 5 * 60_000,
  });
}

/** The rates of `codes` over the `days` calendar days up to the latest stored date. */
export function rateHistoryQuery(source: RatesSource, codes: readonly string[], days = 30) {
  return queryOptions({
    queryKey: ['rates-history', source, codes.join(','), days],
    queryFn: ({ signal }) => getJson(withParams('/api/rates/history', { source, codes: codes.join(','), days: String(days) }), RatesHistory, signal),
    staleTime: 5 * 60_000,
  });
}
