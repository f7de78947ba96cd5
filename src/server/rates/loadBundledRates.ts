import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RatesSource } from '../../contract/ratesSchemas';
import type { RatesStore } from './createRatesStore';
import { parseCbrDaily } from './parseCbrDaily';
import { parseEcbRates } from './parseEcbRates';
import type { RatesDay } from './RatesDay';

// Not `new URL(file, import.meta.url)`: Vite rewrites that pattern into an asset URL in tests.
const BUNDLED_DIR = join(dirname(fileURLToPath(import.meta.url)), 'bundled');

// Real documents shipped with the project (see bundled/SOURCE.md): the embedded default.
const BUNDLED: readonly { source: RatesSource; file: string; parse: (bytes: Uint8Array, now: number) => RatesDay[] }[] = [
  { source: 'cbr', file: 'cbr-XML_daily-2019-03-26.xml', parse: (bytes, now) => [parseCbrDaily(bytes, now)] },
  { source: 'ecb', file: 'ecb-eurofxref-hist-90d-2018-06-11.xml', parse: parseEcbRates },
];

/** Loads the bundled rate documents of every source that has no rates yet; returns the sources loaded. */
export function loadBundledRates(rates: RatesStore, now: number): RatesSource[] {
  const loaded: RatesSource[] = [];
  for (const doc of BUNDLED) {
    if (rates.latestDate(doc.source) !== null) continue;
    const days = doc.parse(readFileSync(join(BUNDLED_DIR, doc.file)), now);
    rates.saveDays(days);
    loaded.push(doc.source);
  }
  return loaded;
}
