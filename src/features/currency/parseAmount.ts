import { Decimal } from './Decimal';

/** The largest amount the converter takes: 10^15 (a quadrillion), beyond any budget in the news. */
export const AMOUNT_CAP = '1000000000000000';
/** Most decimal places an amount may have. */
export const MAX_DECIMALS = 10;
const MAX_LENGTH = 40;

/** A typed amount: nothing yet, a non-negative decimal string ("1234.56"), or a message for the reader. */
export type ParsedAmount = { kind: 'empty' } | { kind: 'amount'; value: string } | { kind: 'invalid'; message: string };

// Spaces readers use to group thousands: space, no-break space, narrow no-break space, thin space.
const ALLOWED = /^[0-9.,\u0020\u00a0\u202f\u2009]*$/;
const SPACES = /[\u00a0\u202f\u2009]/g;
const MESSAGES = {
  notNumber: 'Type an amount in digits, with . or , before any decimals — for example 1 234,56 or 1,234.56.',
  negative: 'Type an amount of zero or more: a negative amount cannot be converted.',
  groups: 'Group the thousands in threes — for example 1 234 567,89 or 1,234,567.89.',
  mixed: 'Use one kind of thousands separator — for example 1 234 567,89 or 1.234.567,89.',
  fraction: 'Only digits may follow the decimal separator — for example 1 234,56.',
  tooPrecise: `Use at most ${String(MAX_DECIMALS)} decimal places.`,
  tooBig: 'The largest amount the converter takes is 1,000,000,000,000,000 (a quadrillion).',
  tooLong: 'That is too long for an amount: type at most 40 characters.',
} as const;

const invalid = (message: string): ParsedAmount => ({ kind: 'invalid', message });
const count = (text: string, ch: string) => text.split(ch).length - 1;

/** The integer digits of `part` grouped by `separator` in threes (1 234 567), or null when grouped wrongly. */
function ungroup(part: string, separator: string | null): string | null {
  if (separator === null || !part.includes(separator)) return /^\d*$/.test(part) ? part : null;
  const [first = '', ...rest] = part.split(separator);
  return /^\d{1,3}$/.test(first) && rest.every((g) => /^\d{3}$/.test(g)) ? first + rest.join('') : null;
}

/**
 * Reads a typed amount. The rule: digits, optionally grouped in threes by spaces, or by the one of
 * "," and "." that is not the decimal separator. With both "," and ".", the last one is the decimal
 * separator (1,234.56 and 1.234,56); a lone "," or "." is the decimal separator (1234,56), except
 * that one followed by exactly three digits after 1–3 digits (1,234) could mean either and is asked
 * about; a separator repeated (1,234,567) groups thousands. Negative amounts, more than 10 decimals
 * and amounts above 10^15 are refused. Never returns NaN, Infinity or -0.
 */
export function parseAmount(input: string): ParsedAmount {
  const text = input.trim();
  if (text === '') return { kind: 'empty' };
  if (text.length > MAX_LENGTH) return invalid(MESSAGES.tooLong);
  if (text.startsWith('-') || text.startsWith('\u2212')) return invalid(MESSAGES.negative);
  if (!ALLOWED.test(text)) return invalid(MESSAGES.notNumber);
  const normal = text.replace(SPACES, ' ');
  const spaced = normal.includes(' ');
  const commas = count(normal, ',');
  const dots = count(normal, '.');

  let decimal: ',' | '.' | null = null;
  let grouping: ',' | '.' | ' ' | null = spaced ? ' ' : null;
  if (commas > 0 && dots > 0) {
    decimal = normal.lastIndexOf(',') > normal.lastIndexOf('.') ? ',' : '.';
    if (spaced || count(normal, decimal) > 1) return invalid(MESSAGES.mixed);
    grouping = decimal === ',' ? '.' : ',';
  } else if (commas + dots > 0) {
    const separator = commas > 0 ? ',' : '.';
    if (commas + dots === 1) decimal = separator;
    else if (spaced) return invalid(MESSAGES.mixed);
    else grouping = separator;
  }

  const [whole = '', fraction = ''] = decimal === null ? [normal] : normal.split(decimal);
  if (!/^\d*$/.test(fraction)) return invalid(MESSAGES.fraction);
  const digits = ungroup(whole, grouping);
  if (digits === null) return invalid(MESSAGES.groups);
  if (digits === '' && fraction === '') return invalid(MESSAGES.notNumber);
  if (grouping === null && /^[1-9]\d{0,2}$/.test(digits) && fraction.length === 3) {
    return invalid(`“${text}” could mean ${digits}${fraction} or ${digits}.${fraction}: type ${digits}${fraction} or ${digits} ${fraction} for the whole number, ${digits}.${fraction}0 for the fraction.`);
  }
  if (fraction.length > MAX_DECIMALS) return invalid(MESSAGES.tooPrecise);
  if (digits.replace(/^0+/, '').length > AMOUNT_CAP.length) return invalid(MESSAGES.tooBig);
  const value = new Decimal(`${digits === '' ? '0' : digits}.${fraction === '' ? '0' : fraction}`);
  if (value.gt(new Decimal(AMOUNT_CAP))) return invalid(MESSAGES.tooBig);
  return { kind: 'amount', value: value.toFixed() };
}
