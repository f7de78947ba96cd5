import { useSyncExternalStore } from 'react';
import * as z from 'zod/mini';
import { CurrencyCode, RatesSource } from '../../contract/ratesSchemas';

/** The reader's last choice of source and pair. */
export const ConverterPrefs = z.object({ source: RatesSource, from: CurrencyCode, to: CurrencyCode });
export type ConverterPrefs = z.infer<typeof ConverterPrefs>;

/** Where the choice is kept. */
export const CONVERTER_KEY = 'newswire.converter';

/** The first choice of a new reader: dollars into roubles at the Bank of Russia. */
export const DEFAULT_PREFS: ConverterPrefs = { source: 'cbr', from: 'USD', to: 'RUB' };

function parsePrefs(raw: string | null): ConverterPrefs {
  try {
    if (raw === null || raw.length > 200) return DEFAULT_PREFS;
    const parsed = ConverterPrefs.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_PREFS;
  } catch {
    return DEFAULT_PREFS;
  }
}

function storedRaw(): string | null {
  try {
    return localStorage.getItem(CONVERTER_KEY);
  } catch {
    return null;
  }
}

/** The saved choice, or the defaults when there is none or it is damaged (silently: nothing to tell the reader). */
export function readConverterPrefs(): ConverterPrefs {
  return parsePrefs(storedRaw());
}

let cached: { raw: string | null; prefs: ConverterPrefs } | undefined;
function storedSnapshot(): ConverterPrefs {
  const raw = storedRaw();
  if (cached?.raw !== raw) cached = { raw, prefs: parsePrefs(raw) };
  return cached.prefs;
}
const unchanging = () => () => undefined;

/**
 * The saved choice as the converter starts with it: the defaults while a page rendered on the server
 * hydrates (the server cannot know this device's choice), the saved one right after.
 */
export function useSavedConverterPrefs(): ConverterPrefs {
  return useSyncExternalStore(unchanging, storedSnapshot, () => DEFAULT_PREFS);
}

/**
 * The conversion an address asks for (`?amount=100&from=USD&to=RUB&source=cbr`, as the converter's form
 * submits it), or null when it names none; a missing or unusable part takes the default.
 */
export function prefsFromAddress(params: URLSearchParams): { prefs: ConverterPrefs; amount: string } | null {
  if (!['amount', 'from', 'to', 'source'].some((name) => params.has(name))) return null;
  const source = RatesSource.safeParse(params.get('source')?.trim().toLowerCase());
  const code = (name: 'from' | 'to') => {
    const parsed = CurrencyCode.safeParse(params.get(name)?.trim().toUpperCase());
    return parsed.success ? parsed.data : DEFAULT_PREFS[name];
  };
  return { prefs: { source: source.success ? source.data : DEFAULT_PREFS.source, from: code('from'), to: code('to') }, amount: (params.get('amount') ?? '').slice(0, 100) };
}

/** Remembers the choice; storage that is full or switched off only means it is not remembered. */
export function saveConverterPrefs(prefs: ConverterPrefs): void {
  try {
    localStorage.setItem(CONVERTER_KEY, JSON.stringify(prefs));
  } catch {
    // Private browsing or a full quota: the converter still works, it just forgets.
  }
}
