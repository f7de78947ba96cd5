import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { ApiError } from '../../api/client';
import { ratesQuery } from '../../api/ratesQueries';
import type { Rates, RatesSource } from '../../contract/ratesSchemas';
import { readSavedRates, saveRates } from './savedRates';

/** The rates the converter works with, and where they came from. */
export type ConverterRates =
  | { status: 'ready'; rates: Rates; saved: null }
  /** Rates saved on this device: `why` says whether the network failed, the server failed, or fresh ones are on their way. */
  | { status: 'ready'; rates: Rates; saved: { savedAt: string; why: 'offline' | 'failed' | 'updating' } }
  | { status: 'loading' }
  | { status: 'error'; error: unknown; offline: boolean; retry: () => void };

/**
 * The latest rates of `source` from the API, kept on the device each time they arrive; when the
 * API cannot be reached, the last rates kept for that source, with a note saying so.
 */
export function useConverterRates(source: RatesSource): ConverterRates {
  const query = useQuery(ratesQuery(source));
  const fresh = query.data;
  useEffect(() => {
    if (fresh !== undefined) saveRates(fresh);
  }, [fresh]);
  const saved = useMemo(() => (fresh === undefined ? readSavedRates(source) : null), [fresh, source]);

  if (fresh !== undefined) return { status: 'ready', rates: fresh, saved: null };
  // Offline, react-query pauses the request instead of failing it.
  const offline = query.fetchStatus === 'paused' || (query.error instanceof ApiError && query.error.kind === 'network');
  if (saved !== null) {
    const why = offline ? 'offline' : query.isError ? 'failed' : 'updating';
    return { status: 'ready', rates: saved.rates, saved: { savedAt: saved.savedAt, why } };
  }
  if (query.isError || offline) return { status: 'error', error: query.error, offline, retry: () => void query.refetch() };
  return { status: 'loading' };
}
