import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naughtyStrings } from '../../../test/fxCorpus';
import { DecimalString } from '../../contract/ratesSchemas';
import { Decimal } from './Decimal';
import { AMOUNT_CAP, parseAmount } from './parseAmount';

const value = (text: string) => {
  const parsed = parseAmount(text);
  return parsed.kind === 'amount' ? parsed.value : parsed.kind;
};
const message = (text: string) => {
  const parsed = parseAmount(text);
  return parsed.kind === 'invalid' ? parsed.message : `not refused: ${parsed.kind}`;
};

describe('parseAmount', () => {
  it.each([
    ['1 234,56', '1234.56'],
    ['1,234.56', '1234.56'],
    ['1.234,56', '1234.56'],
    ['1\u00a0234\u00a0567,8', '1234567.8'],
    ['1\u202f234.5', '1234.5'],
    ['1,000,000', '1000000'],
    ['1.000.000,25', '1000000.25'],
    ['1234,5', '1234.5'],
    ['0,125', '0.125'],
    ['1 234,567', '1234.567'],
    ['  42 ', '42'],
    ['.5', '0.5'],
    ['12,', '12'],
    ['007', '7'],
    ['0', '0'],
    ['0,00', '0'],
    ['1000000000000000', '1000000000000000'],
    ['0.0000000001', '0.0000000001'],
  ])('reads %j as %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('says nothing about an empty field', () => {
    expect(parseAmount('')).toEqual({ kind: 'empty' });
    expect(parseAmount(' \t\u00a0')).toEqual({ kind: 'empty' });
  });

  it.each([
    ['-5', 'a negative amount cannot be converted'],
    ['\u22125', 'a negative amount cannot be converted'],
    ['+5', 'Type an amount in digits'],
    ['1e5', 'Type an amount in digits'],
    ['NaN', 'Type an amount in digits'],
    ['Infinity', 'Type an amount in digits'],
    ['0x10', 'Type an amount in digits'],
    ['$100', 'Type an amount in digits'],
    ['１２３', 'Type an amount in digits'],
    ['١٢٣', 'Type an amount in digits'],
    ['1\u200b000', 'Type an amount in digits'],
    ['.', 'Type an amount in digits'],
    ['1 2', 'Group the thousands in threes'],
    ['12,34.5', 'Group the thousands in threes'],
    ['1,,000', 'Group the thousands in threes'],
    ['1 234.567.8', 'Use one kind of thousands separator'],
    ['1.234.5,6,7', 'Use one kind of thousands separator'],
    ['1,5 5', 'Only digits may follow the decimal separator'],
    ['0.00000000001', 'Use at most 10 decimal places.'],
    ['1000000000000000.01', 'The largest amount the converter takes is 1,000,000,000,000,000'],
    ['99999999999999999999999', 'The largest amount'],
    ['1'.repeat(41), 'That is too long for an amount'],
    ['1,234', '“1,234” could mean 1234 or 1.234: type 1234 or 1 234 for the whole number, 1.2340 for the fraction.'],
    ['12.500', '“12.500” could mean 12500 or 12.500'],
  ])('refuses %j: %s', (text, expected) => {
    expect(message(text)).toContain(expected);
  });

  it('gives every string of the Big List of Naughty Strings an amount or a message, never NaN, Infinity or -0', () => {
    const strings = naughtyStrings();
    expect(strings.length).toBeGreaterThan(500);
    const outcomes = { amount: 0, invalid: 0, empty: 0 };
    for (const text of strings) {
      const parsed = parseAmount(text);
      outcomes[parsed.kind]++;
      if (parsed.kind === 'amount') {
        expect(DecimalString.safeParse(parsed.value).success, text).toBe(true);
        expect(new Decimal(parsed.value).lte(new Decimal(AMOUNT_CAP)), text).toBe(true);
      } else if (parsed.kind === 'invalid') {
        expect(parsed.message.length, text).toBeGreaterThan(20);
        expect(parsed.message).not.toMatch(/NaN|Infinity|undefined/);
      } else {
        expect(text.trim(), JSON.stringify(text)).toBe('');
      }
    }
    expect(outcomes.amount).toBeGreaterThanOrEqual(10);
    expect(outcomes.invalid).toBeGreaterThan(450);
  });

  // Any amount the converter takes, as a decimal string: up to 16 integer digits, up to 10 decimals.
  const amounts = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.option(fc.stringMatching(/^\d{1,10}$/), { nil: undefined }))
    .map(([whole, fraction]) => ({ whole: whole.toString(), fraction }));
  const group = (digits: string, separator: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const canonical = ({ whole, fraction }: { whole: string; fraction: string | undefined }) => new Decimal(`${whole}.${fraction ?? '0'}`).toFixed();

  it('reads back every amount written in any accepted style (10,000 runs)', () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom(' ', '\u00a0', '\u202f', ',', '.'), fc.constantFrom(',', '.'), ({ whole, fraction }, thousands, decimal) => {
        fc.pre(thousands !== decimal);
        const text = group(whole, thousands) + (fraction === undefined ? '' : decimal + fraction);
        const grouped = whole.length > 3;
        const parsed = parseAmount(text);
        if (!grouped && fraction === undefined && (thousands === ',' || thousands === '.')) return; // nothing grouped: no separator written
        if (!grouped && fraction?.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) {
          expect(parsed.kind === 'invalid' && parsed.message.includes('could mean'), text).toBe(true);
          return;
        }
        expect(parsed, text).toEqual({ kind: 'amount', value: canonical({ whole, fraction }) });
      }),
      { numRuns: 10_000 },
    );
  });

  it('never throws and only ever answers a capped decimal or a message, for any text (10,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[-0-9 .,\u00a0e+]{0,30}$/), fc.string({ unit: 'binary' })), (text) => {
        const parsed = parseAmount(text);
        if (parsed.kind === 'amount') {
          expect(parsed.value).toMatch(/^\d+(\.\d{1,10})?$/);
          expect(parsed.value).not.toBe('-0');
          expect(new Decimal(parsed.value).lte(new Decimal(AMOUNT_CAP))).toBe(true);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
