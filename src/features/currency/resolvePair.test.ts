import { describe, expect, it } from 'vitest';
import type { Rates } from '../../contract/ratesSchemas';
import { currencyChoices, resolvePair } from './resolvePair';

const rate = (code: string, name: string) => ({ code, name, nominal: 1, value: '1' });
const ECB: Rates = {
  source: 'ecb',
  base: 'EUR',
  date: '2018-06-11',
  rates: [rate('EUR', 'Euro'), rate('USD', 'US Dollar'), rate('JPY', 'Japanese Yen')],
  discontinued: [{ code: 'RUB', name: 'Russian Ruble', lastDate: '2022-03-01' }],
};

describe('currencyChoices and resolvePair', () => {
  it('lists the currencies by code, with the discontinued rouble marked as having no rate', () => {
    const choices = currencyChoices(ECB);
    expect(choices.map((c) => `${c.code}:${c.rate === null ? 'none' : 'rate'}`)).toEqual(['EUR:rate', 'JPY:rate', 'RUB:none', 'USD:rate']);
  });

  it('keeps a pair the source lists, even without a rate, and replaces unknown codes by the defaults', () => {
    const choices = currencyChoices(ECB);
    expect(resolvePair(choices, 'ecb', 'USD', 'RUB')?.map((c) => c.code)).toEqual(['USD', 'RUB']);
    expect(resolvePair(choices, 'ecb', 'AMD', 'ZZZ')?.map((c) => c.code)).toEqual(['EUR', 'USD']);
    expect(resolvePair(choices, 'ecb', 'AMD', 'EUR')?.map((c) => c.code)).toEqual(['USD', 'EUR']);
    expect(resolvePair(choices, 'ecb', 'JPY', 'QQQ')?.map((c) => c.code)).toEqual(['JPY', 'USD']);
    expect(resolvePair([], 'ecb', 'USD', 'EUR')).toBeNull();
  });
});
