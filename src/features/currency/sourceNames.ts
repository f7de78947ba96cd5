import type { RatesSource } from '../../contract/ratesSchemas';

/** The sources as readers know them. */
export const SOURCE_NAMES: Record<RatesSource, string> = { cbr: 'Bank of Russia', ecb: 'European Central Bank' };
