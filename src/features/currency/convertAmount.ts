import type { Rate } from '../../contract/ratesSchemas';
import { Decimal, divideRounded } from './Decimal';
import { minorUnit } from './minorUnit';

/** The price of one currency in terms of another: a rate line's number and whether it is exact. */
export interface CrossRate {
  value: string;
  exact: boolean;
}

type Priced = Pick<Rate, 'nominal' | 'value'>;

// Both rates price their currency in the source's base (RUB or EUR): X per unit = value / nominal.
// amount of `from` in `to` = amount × fromValue × toNominal / (fromNominal × toValue): one exact
// product over another, divided once at the end.
function ratio(from: Priced, to: Priced) {
  return {
    numerator: new Decimal(from.value).times(new Decimal(String(to.nominal))),
    denominator: new Decimal(String(from.nominal)).times(new Decimal(to.value)),
  };
}

/**
 * `amount` (a decimal string) of `from` in `to`, through the base currency, rounded once, half up,
 * to `to`'s ISO 4217 minor unit. Returns a plain decimal string like "59666.30".
 */
export function convertAmount(amount: string, from: Priced, to: Priced & { code: string }): string {
  const { numerator, denominator } = ratio(from, to);
  return divideRounded(new Decimal(amount).times(numerator), denominator, minorUnit(to.code));
}

const SIGNIFICANT = 6;
const EXACT_PLACES = 10;

/**
 * What 1 `from` costs in `to`: exact when it has at most 10 decimals (a direct rate like 59.6663 or
 * 0.585958), otherwise rounded to 6 significant digits and marked inexact.
 */
export function crossRate(from: Priced, to: Priced): CrossRate {
  const { numerator, denominator } = ratio(from, to);
  const fine = new Decimal(divideRounded(numerator, denominator, EXACT_PLACES));
  if (fine.times(denominator).eq(numerator)) return { value: fine.toFixed(), exact: true };
  // Decimals that leave 6 significant digits, from the quotient's magnitude (big.js exponent e);
  // 40 places reach the smallest quotient two stored rates can make (values ≤ 15 digits, nominal ≤ 10⁶).
  const magnitude = new Decimal(divideRounded(numerator, denominator, 40)).e;
  const places = Math.max(0, SIGNIFICANT - 1 - magnitude);
  return { value: new Decimal(divideRounded(numerator, denominator, places)).toFixed(), exact: false };
}
