import type { DiscontinuedRate, Rate, Rates } from '../../contract/ratesSchemas';

/** A currency offered in the lists: with its rate, or known to have none from this source. */
export type CurrencyChoice = { code: string; name: string; rate: Rate } | { code: string; name: string; rate: null; discontinued: DiscontinuedRate };

const DEFAULT_PAIRS = { cbr: ['USD', 'RUB'], ecb: ['EUR', 'USD'] } as const;

/** Every currency of the list, plus the ones the source no longer publishes, by code. */
export function currencyChoices(rates: Rates): CurrencyChoice[] {
  const choices: CurrencyChoice[] = rates.rates.map((rate) => ({ code: rate.code, name: rate.name, rate }));
  for (const d of rates.discontinued ?? []) {
    if (!choices.some((c) => c.code === d.code)) choices.push({ code: d.code, name: d.name, rate: null, discontinued: d });
  }
  return choices.sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * The pair to show for the reader's wish: each side as chosen when the source lists it (with or
 * without a rate), otherwise that side's default for the source (dollars into roubles, euros into dollars).
 */
export function resolvePair(choices: readonly CurrencyChoice[], source: Rates['source'], from: string, to: string): [CurrencyChoice, CurrencyChoice] | null {
  const find = (code: string) => choices.find((c) => c.code === code);
  const [defaultFrom, defaultTo] = DEFAULT_PAIRS[source];
  const first = find(from) ?? find(to === defaultFrom ? defaultTo : defaultFrom) ?? choices[0];
  const second = find(to) ?? find(first?.code === defaultTo ? defaultFrom : defaultTo) ?? choices[1] ?? first;
  return first === undefined || second === undefined ? null : [first, second];
}
