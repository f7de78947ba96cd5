// From the bank's bytes to the figure the reader sees: the server's parsers read the fx-rates
// corpus (and a hand-written list in the current feed's shape), the client's converter converts,
// and every result is compared with a value computed by hand (Python's decimal module, ROUND_HALF_UP).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rate } from '../../src/contract/ratesSchemas';
import { convertAmount } from '../../src/features/currency/convertAmount';
import { Decimal } from '../../src/features/currency/Decimal';
import { formatMoney } from '../../src/features/currency/formatMoney';
import { minorUnit } from '../../src/features/currency/minorUnit';
import { parseCbrDaily } from '../../src/server/rates/parseCbrDaily';
import { parseEcbRates } from '../../src/server/rates/parseEcbRates';
import { cbrDocument, corpusBytes, HAND_WRITTEN_CBR } from '../fxCorpus';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const withBase = (code: string, rates: readonly Rate[]): Map<string, Rate> =>
  new Map([{ code, name: code, nominal: 1, value: '1' }, ...rates].map((r) => [r.code, r]));

const LISTS = {
  cbr: withBase('RUB', parseCbrDaily(corpusBytes('cbr-xml-daily-2019-03-26.cp1251.xml'), NOW).rates),
  ecb: withBase('EUR', parseEcbRates(corpusBytes('ecb-eurofxref-daily-2018-06-11.xml'), NOW)[0]?.rates ?? []),
  hand: withBase('RUB', parseCbrDaily(cbrDocument('23.01.2017', HAND_WRITTEN_CBR), NOW).rates),
};
type List = keyof typeof LISTS;
const rate = (list: List, code: string): Rate => {
  const found = LISTS[list].get(code);
  if (found === undefined) throw new Error(`${list} has no ${code}`);
  return found;
};

// [list, amount, from, to, expected] — expected computed by hand; comments give the exact quotient.
const GOLDEN: [List, string, string, string, string][] = [
  ['cbr', '100', 'USD', 'RUB', '6449.93'], // 6449.93
  ['cbr', '1', 'HKD', 'RUB', '8.22'], // 8.21815 (Nominal 10)
  ['cbr', '1000', 'HKD', 'RUB', '8218.15'], // 8218.15
  ['cbr', '250', 'DKK', 'RUB', '2441.45'], // 2441.4525 (Nominal 10)
  ['cbr', '1', 'JPY', 'RUB', '0.59'], // 0.585958 (Nominal 100)
  ['cbr', '10000', 'JPY', 'RUB', '5859.58'], // 5859.58
  ['cbr', '1000', 'RUB', 'JPY', '1707'], // 1706.6069… (JPY: no minor unit)
  ['cbr', '1', 'RUB', 'JPY', '2'], // 1.7066…
  ['cbr', '100', 'USD', 'JPY', '11007'], // 11007.4954… (cross through RUB)
  ['cbr', '100', 'EUR', 'USD', '113.06'], // 113.0599867…
  ['cbr', '1', 'GBP', 'HKD', '10.35'], // 10.3496772…
  ['cbr', '1000', 'HKD', 'DKK', '841.52'], // 841.5226181… (Nominal 10 both sides)
  ['cbr', '1', 'AUD', 'JPY', '78'], // 78.0542291…
  ['cbr', '12345.67', 'RUB', 'USD', '191.41'], // 191.4078137…
  ['cbr', '0.01', 'USD', 'RUB', '0.64'], // 0.644993
  ['cbr', '1000000', 'JPY', 'EUR', '8035.31'], // 8035.3085244…
  ['ecb', '100', 'EUR', 'JPY', '12962'], // 12962
  ['ecb', '1', 'EUR', 'RUB', '73.79'], // 73.7903
  ['ecb', '100', 'USD', 'JPY', '10994'], // 10994.0627650… (cross through EUR)
  ['ecb', '1000', 'GBP', 'USD', '1337.04'], // 1337.0378770…
  ['ecb', '1', 'USD', 'IDR', '13975.50'], // 13975.4961832… (IDR: 2 decimals per ISO 4217)
  ['ecb', '50000', 'KRW', 'EUR', '39.43'], // 39.4272016…
  ['ecb', '1', 'ISK', 'EUR', '0.01'], // 0.0080064…
  ['ecb', '1', 'HUF', 'JPY', '0'], // 0.4029846…
  ['ecb', '5', 'EUR', 'ISK', '625'], // 624.5: a tie, rounded half up
  ['ecb', '2.5', 'EUR', 'HUF', '804.13'], // 804.125: a tie, rounded half up
  ['ecb', '1000', 'RUB', 'CZK', '348.04'], // 348.0403250…
  ['hand', '100', 'USD', 'KWD', '30.523'], // 30.5226099… (KWD: 3 decimals)
  ['hand', '1', 'KWD', 'USD', '3.28'], // 3.2762597…
  ['hand', '1000', 'RUB', 'KWD', '5.116'], // 5.1155526…
  ['hand', '1', 'BHD', 'KWD', '0.810'], // 0.8095755… (3 decimals both sides)
  ['hand', '1000000', 'IDR', 'RUB', '4475.28'], // 4475.28 (Nominal 10000)
  ['hand', '1000000', 'VND', 'RUB', '2624.51'], // 2624.513 (Nominal 10000, VunitRate digits)
  ['hand', '100', 'JPY', 'HUF', '254.42'], // 254.4229247… (Nominal 100 both sides)
  ['hand', '250', 'KWD', 'JPY', '93262'], // 93262.3203…
];

describe('golden conversions from the fx-rates fixtures', () => {
  it('has at least 25 cases covering Nominal 10 and 100, JPY and a 3-decimal currency', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(25);
    const codes = GOLDEN.flatMap(([list, , from, to]) => [rate(list, from), rate(list, to)].map((r) => `${r.code}/${String(r.nominal)}`));
    expect(codes).toEqual(expect.arrayContaining(['HKD/10', 'DKK/10', 'JPY/100', 'KWD/1', 'IDR/10000']));
  });

  it.each(GOLDEN)('%s: %s %s in %s = %s', (list, amount, from, to, expected) => {
    expect(convertAmount(amount, rate(list, from), rate(list, to))).toBe(expected);
  });

  it('shows the results with the ISO minor unit of the target currency', () => {
    expect(formatMoney(convertAmount('100', rate('cbr', 'USD'), rate('cbr', 'RUB')), 'RUB')).toBe('6,449.93 RUB');
    expect(formatMoney(convertAmount('100', rate('ecb', 'EUR'), rate('ecb', 'JPY')), 'JPY')).toBe('12,962 JPY');
    expect(formatMoney(convertAmount('100', rate('hand', 'USD'), rate('hand', 'KWD')), 'KWD')).toBe('30.523 KWD');
    expect(formatMoney(convertAmount('1', rate('ecb', 'USD'), rate('ecb', 'IDR')), 'IDR')).toBe('13,975.50 IDR');
  });
});

describe('the same conversion through two banks', () => {
  // No corpus date has lists from both banks, so the Bank of Russia side is written in its own
  // format (windows-1251, comma decimals, a Nominal making the value ≥ 10, 4 decimals rounded half
  // up) from the ECB's rates of 11 June 2018 and read back by the real parser.
  const ecbDay = parseEcbRates(corpusBytes('ecb-eurofxref-daily-2018-06-11.xml'), NOW)[0]?.rates ?? [];
  const rubPerEuro = '73.7903';
  const perEuro = (r: Rate) => new Decimal(String(r.nominal)).div(new Decimal(r.value));
  const valutes = ecbDay
    .filter((r) => r.code !== 'RUB')
    .map((r) => {
      const unitPrice = new Decimal(rubPerEuro).div(perEuro(r));
      const nominal = ['1', '10', '100', '1000', '10000'].find((n) => unitPrice.times(new Decimal(n)).gte(new Decimal('10'))) ?? '10000';
      return { code: r.code, nominal, name: r.code, value: unitPrice.times(new Decimal(nominal)).round(4).toFixed(4).replace('.', ',') };
    });
  const cbr = withBase('RUB', parseCbrDaily(cbrDocument('11.06.2018', [...valutes, { code: 'EUR', nominal: '1', name: 'Евро', value: '73,7903' }]), NOW).rates);
  const ecb = withBase('EUR', ecbDay);

  it('agrees to 4 significant digits for EUR into every currency both publish, for any amount', () => {
    const codes = valutes.map((v) => v.code);
    expect(codes.length).toBeGreaterThanOrEqual(30);
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.bigInt({ min: 100n, max: 10n ** 12n }), (code, cents) => {
        const amount = new Decimal(cents.toString()).div(new Decimal('100')).toFixed();
        const viaCbr = new Decimal(convertAmount(amount, cbr.get('EUR')!, cbr.get(code)!));
        const viaEcb = new Decimal(convertAmount(amount, ecb.get('EUR')!, ecb.get(code)!));
        const unit = new Decimal(`1e-${String(minorUnit(code))}`);
        // Half a unit in the 4th significant digit, or one minor unit for amounts that small.
        const tolerance = viaEcb.times(new Decimal('0.00005'));
        expect(viaCbr.minus(viaEcb).abs().lte(tolerance.gt(unit) ? tolerance : unit), `${amount} EUR in ${code}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('there and back: A → B → A with the real rates of the fixtures', () => {
  it('stays within one minor unit of A whenever B’s minor unit is worth no more than A’s; otherwise within the rounding both steps allow', () => {
    const lists = [LISTS.cbr, LISTS.ecb, LISTS.hand];
    let tight = 0;
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.nat(), fc.nat(), fc.bigInt({ min: 1n, max: 10n ** 13n }), (list, i, j, units) => {
        const all = [...list.values()];
        const a = all[i % all.length]!;
        const b = all[j % all.length]!;
        const unitA = new Decimal(`1e-${String(minorUnit(a.code))}`);
        const unitB = new Decimal(`1e-${String(minorUnit(b.code))}`);
        const amount = new Decimal(units.toString()).times(unitA).toFixed();
        const back = new Decimal(convertAmount(convertAmount(amount, a, b), b, a));
        const error = back.minus(new Decimal(amount)).abs();
        // B's minor unit expressed in A: unitB × price of B in A.
        const unitBInA = unitB.times(new Decimal(b.value)).times(new Decimal(String(a.nominal))).div(new Decimal(String(b.nominal)).times(new Decimal(a.value)));
        if (unitBInA.lte(unitA)) {
          tight++;
          expect(error.lte(unitA), `${amount} ${a.code} → ${b.code} → ${back.toFixed()}`).toBe(true);
        } else {
          expect(error.lte(unitA.div(new Decimal('2')).plus(unitBInA.div(new Decimal('2')))), `${amount} ${a.code} → ${b.code}`).toBe(true);
        }
      }),
      { numRuns: 10_000 },
    );
    expect(tight).toBeGreaterThan(4000);
  });
});
