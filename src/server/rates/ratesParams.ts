import type { Context } from 'hono';
import { RatesSource } from '../../contract/ratesSchemas';
import { badRequest } from '../http/ApiProblem';
import { single } from '../http/params';
import { isoDate } from './rateValues';

/** `source`: required, cbr or ecb. */
export function sourceParam(c: Context): RatesSource {
  const parsed = RatesSource.safeParse(single(c, 'source'));
  if (!parsed.success) throw badRequest('The parameter "source" is required and must be cbr (Bank of Russia) or ecb (European Central Bank).');
  return parsed.data;
}

/** `date`: optional, a calendar date YYYY-MM-DD. */
export function rateDateParam(c: Context): string | null {
  const raw = single(c, 'date');
  if (raw === undefined) return null;
  const [year = '', month = '', day = '', extra] = raw.split('-');
  const date = extra === undefined ? isoDate(year, month, day) : null;
  if (date === null) throw badRequest(`The parameter "date" must be a calendar date like 2017-01-23, not ${JSON.stringify(raw.slice(0, 40))}.`);
  return date;
}

/** `codes`: required, 1 to 10 currency codes separated by commas (USD,JPY). */
export function codesParam(c: Context): string[] {
  const raw = single(c, 'codes') ?? '';
  const codes = raw.split(',').map((s) => s.trim());
  if (raw === '' || codes.length > 10 || !codes.every((code) => /^[A-Z]{3}$/.test(code))) {
    throw badRequest('The parameter "codes" is required: 1 to 10 three-letter currency codes separated by commas, like USD,JPY.');
  }
  return [...new Set(codes)];
}

/** `days`: optional, 2 to 366 (default 30): how many calendar days of history up to the end date. */
export function daysParam(c: Context): number {
  const raw = single(c, 'days');
  if (raw === undefined) return 30;
  const n = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 2 && n <= 366)) throw badRequest('The parameter "days" must be a whole number from 2 to 366.');
  return n;
}
