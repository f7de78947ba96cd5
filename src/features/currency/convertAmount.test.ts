import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertAmount, crossRate } from './convertAmount';
import { Decimal } from './Decimal';
import { minorUnit } from './minorUnit';

// A reference written independently of big.js: scaled BigInt fractions, rounding half up by hand.
function toFraction(text: string): [bigint, bigint] {
  const [whole = '0', fraction = ''] = text.split('.');
  return [BigInt(whole + fraction), 10n ** BigInt(fraction.length)];
}
function referenceConvert(amount: string, from: { nominal: number; value: string }, to: { nominal: number; value: string; code: string }): string {
  const [a, aScale] = toFraction(amount);
  const [fv, fvScale] = toFraction(from.value);
  const [tv, tvScale] = toFraction(to.value);
  const places = minorUnit(to.code);
  const numerator = a * fv * BigInt(to.nominal) * tvScale * 10n ** BigInt(places);
  const denominator = aScale * fvScale * BigInt(from.nominal) * tv;
  let quotient = numerator / denominator;
  if (2n * (numerator % denominator) >= denominator) quotient += 1n;
  const digits = quotient.toString().padStart(places + 1, '0');
  return places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

const decimalText = (maxWhole: number, maxFraction: number) =>
  fc
    .tuple(fc.stringMatching(new RegExp(`^[1-9]\\d{0,${String(maxWhole - 1)}}$|^0$`)), fc.stringMatching(new RegExp(`^\\d{0,${String(maxFraction)}}$`)))
    .map(([whole, fraction]) => (fraction === '' ? whole : `${whole}.${fraction}`));
const positiveRate = decimalText(6, 8).filter((v) => /[1-9]/.test(v));
const nominal = fc.constantFrom(1, 10, 100, 1000, 10000, 1179, 12962);
const code = fc.constantFrom('USD', 'RUB', 'JPY', 'KRW', 'KWD', 'BHD', 'IDR', 'CLF', 'XDR');

describe('convertAmount', () => {
  it('matches a BigInt reference exactly: 10,000 random conversions, no mismatch', () => {
    let mismatches = 0;
    fc.assert(
      fc.property(decimalText(16, 10), positiveRate, nominal, positiveRate, nominal, code, (amount, fromValue, fromNominal, toValue, toNominal, target) => {
        const from = { nominal: fromNominal, value: fromValue };
        const to = { nominal: toNominal, value: toValue, code: target };
        const got = convertAmount(amount, from, to);
        if (got !== referenceConvert(amount, from, to)) mismatches++;
        expect(got).toBe(referenceConvert(amount, from, to));
      }),
      { numRuns: 10_000 },
    );
    expect(mismatches).toBe(0);
  });

  it('rounds once, half up, to the target minor unit: JPY 0, USD 2, KWD 3', () => {
    const base = { nominal: 1, value: '1' };
    expect(convertAmount('0.5', base, { ...base, code: 'JPY' })).toBe('1');
    expect(convertAmount('2.5', base, { ...base, code: 'JPY' })).toBe('3');
    expect(convertAmount('1.005', base, { ...base, code: 'USD' })).toBe('1.01');
    expect(convertAmount('0.0005', base, { ...base, code: 'KWD' })).toBe('0.001');
    expect(convertAmount('0', base, { ...base, code: 'KWD' })).toBe('0.000');
    // Rounding twice (first to 2 places, then to 0) would give 1 here, not 0.
    expect(convertAmount('0.4951', base, { nominal: 1, value: '1', code: 'JPY' })).toBe('0');
  });

  it('never goes through a binary float: 0.1 + 0.2 stays 0.3, and numbers are refused outright', () => {
    const base = { nominal: 1, value: '1' };
    expect(convertAmount('0.3', { nominal: 10, value: '1' }, { ...base, code: 'USD' })).toBe('0.03');
    expect(new Decimal('0.1').plus(new Decimal('0.2')).toFixed()).toBe('0.3');
    expect(convertAmount('999999999999999.99', base, { ...base, code: 'USD' })).toBe('999999999999999.99');
    // big.js in strict mode refuses numbers at run time, so a float cannot slip in.
    expect(() => new Decimal(0.1)).toThrow();
    expect(() => new Decimal('1').valueOf()).toThrow();
  });
});

describe('crossRate', () => {
  it('gives a direct rate exactly and an indirect one to 6 significant digits', () => {
    const rub = { nominal: 1, value: '1' };
    const usd = { nominal: 1, value: '59.6663' };
    const jpy = { nominal: 100, value: '58.5958' };
    expect(crossRate(usd, rub)).toEqual({ value: '59.6663', exact: true });
    expect(crossRate(jpy, rub)).toEqual({ value: '0.585958', exact: true });
    expect(crossRate(rub, usd)).toEqual({ value: '0.0167599', exact: false });
    expect(crossRate(usd, jpy)).toEqual({ value: '101.827', exact: false });
    expect(crossRate({ nominal: 1179, value: '1000' }, { nominal: 1, value: '1' })).toEqual({ value: '0.848176', exact: false });
    expect(crossRate({ nominal: 1, value: '1' }, { nominal: 1179, value: '1000' })).toEqual({ value: '1.179', exact: true });
  });

  it('is consistent with convertAmount: the rate of A in B times the rate of B in A is 1 to 5 significant digits', () => {
    fc.assert(
      fc.property(positiveRate, nominal, positiveRate, nominal, (av, an, bv, bn) => {
        const a = { nominal: an, value: av };
        const b = { nominal: bn, value: bv };
        const product = new Decimal(crossRate(a, b).value).times(new Decimal(crossRate(b, a).value));
        expect(product.minus(new Decimal('1')).abs().lte(new Decimal('0.00002')), `${av}/${String(an)} ${bv}/${String(bn)}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
