import Big from 'big.js';
import { RatesDocumentError } from './RatesDocumentError';

// Checks and normalises the pieces of a rate document. Values stay decimal strings throughout:
// nothing here ever turns a published rate into a binary float.

const DECIMAL = /^(\d{1,15})(?:[.,](\d{1,15}))?$/;
const CODE = /^[A-Z]{3}$/;
const names = new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'none' });
const dateParts = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** "59,6663" or "59.6663" → "59.6663"; anything else (signs, exponents, grouping, zero) is refused. */
export function normaliseDecimal(raw: string, label: string): string {
  const match = DECIMAL.exec(raw.trim());
  if (match === null) throw new RatesDocumentError(`${label} is "${raw.slice(0, 40)}", not a decimal number like 59,6663.`);
  const whole = (match[1] ?? '0').replace(/^0+(?=\d)/, '');
  const value = match[2] === undefined ? whole : `${whole}.${match[2]}`;
  if (/^[0.]+$/.test(value)) throw new RatesDocumentError(`${label} is zero; a rate must be positive.`);
  return value;
}

/** A currency code: three capital letters. */
export function currencyCode(raw: string, label: string): string {
  const code = raw.trim();
  if (!CODE.test(code)) throw new RatesDocumentError(`${label} is "${code.slice(0, 40)}", not a three-letter currency code.`);
  return code;
}

/** The English name of a currency (ICU), else `fallback` (the document's own name), else the code. */
export function currencyName(code: string, fallback?: string): string {
  const name = names.of(code);
  if (name !== undefined && name !== code) return name;
  return fallback !== undefined && fallback.trim() !== '' ? fallback.trim() : code;
}

/** `year-month-day` as YYYY-MM-DD when it is a real calendar date, else null. */
export function isoDate(year: string, month: string, day: string): string | null {
  if (!/^\d{4}$/.test(year) || !/^\d{2}$/.test(month) || !/^\d{2}$/.test(day)) return null;
  const iso = `${year}-${month}-${day}`;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Today's date (YYYY-MM-DD) in `timeZone` at the instant `now`. */
export function todayIn(timeZone: string, now: number): string {
  return dateParts(timeZone).format(now);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `a` × `b` exactly, as a decimal string. */
export function multiplyDecimals(a: string, b: string): string {
  return new Big(a).times(new Big(b)).toFixed();
}

/** True when decimal strings `a` and `b` differ by at most `tolerance`. */
export function closeDecimals(a: string, b: string, tolerance: string): boolean {
  return new Big(a).minus(new Big(b)).abs().lte(new Big(tolerance));
}
