import { Hono } from 'hono';
import type { Rate, Rates, RatesHistory, RatesSource } from '../../contract/ratesSchemas';
import { notFound } from '../http/ApiProblem';
import type { RatesStore } from './createRatesStore';
import { ECB_RUB_LAST_DATE } from './parseEcbRates';
import { SOURCE_NAMES } from './ratesSources';
import { codesParam, daysParam, rateDateParam, sourceParam } from './ratesParams';
import { addDays, currencyName, todayIn } from './rateValues';

/** Cache-Control of rates: they change once a day, so a few minutes fresh, then served stale while revalidated. */
export const RATES_CACHE = 'public, max-age=300, stale-while-revalidate=3600, stale-if-error=86400';

const BASES = { cbr: 'RUB', ecb: 'EUR' } as const;
const TIME_ZONES: Record<RatesSource, string> = { cbr: 'Europe/Moscow', ecb: 'Europe/Berlin' };

function baseRate(source: RatesSource): Rate {
  const code = BASES[source];
  return { code, name: currencyName(code), nominal: 1, value: '1' };
}

// The ECB stopped publishing a rouble rate after 1 March 2022. For any later date (asked for, or
// today when no date is asked) its RUB rate is withheld, even from an older list answered instead.
function withholdsRub(source: RatesSource, effectiveDate: string): boolean {
  return source === 'ecb' && effectiveDate > ECB_RUB_LAST_DATE;
}

/** Routes of /api/rates: the rates of one date, and the history of a few currencies. */
export function createRatesApi({ rates, now }: { rates: RatesStore; now: () => number }): Hono {
  const api = new Hono();

  // The date answered for `requested` (or the latest), or a 404 that says what is stored.
  const answerDate = async (source: RatesSource, requested: string | null): Promise<string> => {
    const date = requested === null ? await rates.latestDate(source) : await rates.dateOnOrBefore(source, requested);
    if (date !== null) return date;
    const earliest = await rates.earliestDate(source);
    if (earliest === null || requested === null) throw notFound(`No ${SOURCE_NAMES[source]} rates are stored yet.`);
    throw notFound(`There are no ${SOURCE_NAMES[source]} rates on or before ${requested}; the earliest stored are of ${earliest}.`);
  };

  api.get('/', async (c) => {
    const source = sourceParam(c);
    const requested = rateDateParam(c);
    const date = await answerDate(source, requested);
    const effective = requested ?? todayIn(TIME_ZONES[source], now());
    const withheld = withholdsRub(source, effective);
    const list = [baseRate(source), ...(await rates.ratesOn(source, date))].filter((r) => !(withheld && r.code === 'RUB'));
    const body: Rates = { source, base: BASES[source], date, rates: list };
    if (requested !== null && requested !== date) body.requestedDate = requested;
    if (withheld) body.discontinued = [{ code: 'RUB', name: currencyName('RUB'), lastDate: ECB_RUB_LAST_DATE }];
    c.header('Cache-Control', RATES_CACHE);
    return c.json(body);
  });

  api.get('/history', async (c) => {
    const source = sourceParam(c);
    const codes = codesParam(c);
    const days = daysParam(c);
    const to = await answerDate(source, rateDateParam(c));
    const from = addDays(to, -(days - 1));
    const base = baseRate(source);
    const withBase = codes.includes(base.code);
    const body: RatesHistory = {
      source,
      base: BASES[source],
      from,
      to,
      days: (await rates.history(source, codes, from, to)).map((day) => ({
        date: day.date,
        rates: [...(withBase ? [base] : []), ...day.rates.filter((r) => !(r.code === 'RUB' && withholdsRub(source, day.date)))],
      })),
    };
    c.header('Cache-Control', RATES_CACHE);
    return c.json(body);
  });

  return api;
}
