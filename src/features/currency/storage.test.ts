import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Rates } from '../../contract/ratesSchemas';
import { DEFAULT_PREFS, readConverterPrefs, saveConverterPrefs } from './converterPrefs';
import { readSavedRates, saveRates } from './savedRates';

const RATES: Rates = { source: 'cbr', base: 'RUB', date: '2019-03-26', rates: [{ code: 'USD', name: 'US Dollar', nominal: 1, value: '64.4993' }] };

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('converter preferences in localStorage', () => {
  it('remembers source and pair', () => {
    saveConverterPrefs({ source: 'ecb', from: 'EUR', to: 'JPY' });
    expect(readConverterPrefs()).toEqual({ source: 'ecb', from: 'EUR', to: 'JPY' });
  });

  it.each([
    ['not JSON', '{source: ecb'],
    ['a number', '42'],
    ['null', 'null'],
    ['an unknown source', '{"source":"fed","from":"USD","to":"RUB"}'],
    ['a lowercase code', '{"source":"cbr","from":"usd","to":"RUB"}'],
    ['markup for a code', '{"source":"cbr","from":"<img src=x onerror=alert(1)>","to":"RUB"}'],
    ['a prototype key', '{"__proto__":{"source":"ecb"},"from":"USD","to":"RUB"}'],
    ['a huge value', `{"source":"cbr","from":"USD","to":"RUB","x":"${'x'.repeat(10_000)}"}`],
  ])('falls back to the defaults, silently, for %s', (_what, raw) => {
    localStorage.setItem('newswire.converter', raw);
    expect(readConverterPrefs()).toEqual(DEFAULT_PREFS);
  });

  it('survives storage that throws (private mode, quota)', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => saveConverterPrefs({ source: 'ecb', from: 'EUR', to: 'USD' })).not.toThrow();
    expect(readConverterPrefs()).toEqual(DEFAULT_PREFS);
    expect(() => saveRates(RATES)).not.toThrow();
    expect(readSavedRates('cbr')).toBeNull();
  });
});

describe('rates saved on the device', () => {
  it('keeps the last rates of each source with when they were saved', () => {
    saveRates(RATES, new Date('2026-11-28T10:00:00Z'));
    expect(readSavedRates('cbr')).toEqual({ savedAt: '2026-11-28T10:00:00.000Z', rates: RATES });
    expect(readSavedRates('ecb')).toBeNull();
  });

  it.each([
    ['not JSON', 'oops'],
    ['rates of the other source', JSON.stringify({ savedAt: '2026-11-28T10:00:00.000Z', rates: { ...RATES, source: 'ecb', base: 'EUR' } })],
    ['a float value', JSON.stringify({ savedAt: '2026-11-28T10:00:00.000Z', rates: { ...RATES, rates: [{ code: 'USD', name: 'US Dollar', nominal: 1, value: 64.4993 }] } })],
    ['an exponent', JSON.stringify({ savedAt: '2026-11-28T10:00:00.000Z', rates: { ...RATES, rates: [{ code: 'USD', name: 'US Dollar', nominal: 1, value: '6.4e1' }] } })],
    ['no date', JSON.stringify({ rates: RATES })],
  ])('ignores %s', (_what, raw) => {
    localStorage.setItem('newswire.rates.cbr', raw);
    expect(readSavedRates('cbr')).toBeNull();
  });
});
