import * as z from 'zod/mini';
import { CurrencyCode, RatesSource } from '../../contract/ratesSchemas';

/** The reader's last choice of source and pair. */
export const ConverterPrefs = z.object({ source: RatesSource, from: CurrencyCode, to: CurrencyCode });
export type ConverterPrefs = z.infer<typeof ConverterPrefs>;

const KEY = 'newswire.converter';

/** The first choice of a new reader: dollars into roubles at the Bank of Russia. */
export const DEFAULT_PREFS: ConverterPrefs = { source: 'cbr', from: 'USD', to: 'RUB' };

/** The saved choice, or the defaults when there is none or it is damaged (silently: nothing to tell the reader). */
export function readConverterPrefs(): ConverterPrefs {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw === null || raw.length > 200) return DEFAULT_PREFS;
    const parsed = ConverterPrefs.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_PREFS;
  } catch {
    return DEFAULT_PREFS;
  }
}

/** Remembers the choice; storage that is full or switched off only means it is not remembered. */
export function saveConverterPrefs(prefs: ConverterPrefs): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Private browsing or a full quota: the converter still works, it just forgets.
  }
}
