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
  { source: 'cbr', file: 'cbr-XML_daily-2024-10-18.xml', parse: (bytes, now) => [parseCbrDaily(bytes, now)] },
  { source: 'cbr', file: 'cbr-XML_daily_eng-2025-12-13.xml', parse: (bytes, now) => [parseCbrDaily(bytes, now)] },
  { source: 'ecb', file: 'ecb-eurofxref-daily-2026-07-06.xml', parse: parseEcbRates },
];

/** Loads the bundled rate documents of every source that has no rates yet; returns the sources loaded. */
export async function loadBundledRates(rates: RatesStore, now: number): Promise<RatesSource[]> {
  // Decided per source before loading anything, so a source's second document is not skipped by its first.
  const empty = new Set<RatesSource>();
  for (const source of ['cbr', 'ecb'] as const) if ((await rates.latestDate(source)) === null) empty.add(source);
  for (const doc of BUNDLED) {
    if (empty.has(doc.source)) await rates.saveDays(doc.parse(readFileSync(join(BUNDLED_DIR, doc.file)), now));
  }
  return [...empty];
}
