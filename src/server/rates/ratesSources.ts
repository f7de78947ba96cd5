import type { RatesSource } from '../../contract/ratesSchemas';
import { parseCbrDaily } from './parseCbrDaily';
import { parseEcbRates } from './parseEcbRates';
import type { RatesDay } from './RatesDay';

/** A document the updater fetches: where from, and how to read it. */
export interface RatesDocumentSource {
  source: RatesSource;
  /** What the operator reads in messages. */
  label: string;
  url: string;
  parse: (bytes: Uint8Array, now: number) => RatesDay[];
}

/** Human names of the sources. */
export const SOURCE_NAMES: Record<RatesSource, string> = { cbr: 'Bank of Russia', ecb: 'European Central Bank' };

/** The environment variables that override each document's URL, with their defaults. */
export const RATES_URL_DEFAULTS = {
  RATES_CBR_URL: 'https://www.cbr.ru/scripts/XML_daily.asp',
  RATES_ECB_DAILY_URL: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
  RATES_ECB_90D_URL: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml',
} as const;

function urlFrom(env: Record<string, string | undefined>, name: keyof typeof RATES_URL_DEFAULTS): string {
  const raw = env[name]?.trim() || RATES_URL_DEFAULTS[name];
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an http or https URL, not "${raw.slice(0, 80)}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name} must be an http or https URL, not "${raw.slice(0, 80)}".`);
  return url.href;
}

/**
 * The documents to fetch, in order (the ECB's 90 days first so that its daily list has the last
 * word), with URLs from the environment or the defaults. Throws an Error naming a bad variable.
 */
export function ratesSourcesFromEnv(env: Record<string, string | undefined>): RatesDocumentSource[] {
  return [
    { source: 'ecb', label: 'ECB 90-day rates', url: urlFrom(env, 'RATES_ECB_90D_URL'), parse: parseEcbRates },
    { source: 'ecb', label: 'ECB daily rates', url: urlFrom(env, 'RATES_ECB_DAILY_URL'), parse: parseEcbRates },
    { source: 'cbr', label: 'Bank of Russia daily rates', url: urlFrom(env, 'RATES_CBR_URL'), parse: (bytes, now) => [parseCbrDaily(bytes, now)] },
  ];
}
