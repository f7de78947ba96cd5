import { describe, expect, it } from 'vitest';
import type { RatesHistory } from '../../contract/ratesSchemas';
import { chartShape, historySeries } from './historySeries';

const day = (date: string, usd: [number, string], jpy?: [number, string]) => ({
  date,
  rates: [{ code: 'USD', name: 'US Dollar', nominal: usd[0], value: usd[1] }, ...(jpy ? [{ code: 'JPY', name: 'Japanese Yen', nominal: jpy[0], value: jpy[1] }] : [])],
});
const HISTORY: RatesHistory = {
  source: 'ecb',
  base: 'EUR',
  from: '2018-06-01',
  to: '2018-06-11',
  days: [day('2018-06-07', [1179, '1000'], [12962, '100']), day('2018-06-08', [1175, '1000']), day('2018-06-11', [1175, '1000'], [12864, '100'])],
};

describe('historySeries', () => {
  it('gives the pair’s rate on each day that has both currencies', () => {
    expect(historySeries(HISTORY, 'USD', 'JPY')).toEqual([
      { date: '2018-06-07', value: '109.941' },
      { date: '2018-06-11', value: '109.481' },
    ]);
  });
});

describe('chartShape', () => {
  it('draws high values at the top and low ones at the bottom, in decimal coordinates', () => {
    const shape = chartShape(
      [
        { date: 'a', value: '10' },
        { date: 'b', value: '20' },
        { date: 'c', value: '15' },
      ],
      110,
      60,
      5,
    );
    expect(shape).toEqual({ path: 'M5.0 55.0 L55.0 5.0 L105.0 30.0', last: { x: '105.0', y: '30.0' }, low: { date: 'a', value: '10' }, high: { date: 'b', value: '20' } });
  });

  it('draws a flat series in the middle and nothing for fewer than two points', () => {
    expect(chartShape([{ date: 'a', value: '1' }, { date: 'b', value: '1' }], 110, 60, 5)?.path).toBe('M5.0 30.0 L105.0 30.0');
    expect(chartShape([{ date: 'a', value: '1' }], 110, 60, 5)).toBeNull();
  });
});
