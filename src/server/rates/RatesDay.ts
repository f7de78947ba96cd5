import type { Rate, RatesSource } from '../../contract/ratesSchemas';

/** The rates one source published for one date (the base currency not included). */
export interface RatesDay {
  source: RatesSource;
  /** YYYY-MM-DD */
  date: string;
  rates: Rate[];
}
