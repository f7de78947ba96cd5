import { describe, expect, it } from 'vitest';
import { createEmptyTestBackend, TEST_ENGINE, testRows } from '../../../test/testStore';
import { loadBundledRates } from './loadBundledRates';

// On both stores (server and server-postgres projects).
const NOW = Date.parse('2026-11-28T12:00:00Z');
const fresh = async () => {
  const backend = await createEmptyTestBackend();
  return { backend, rates: backend.store.rates };
};

describe('loadBundledRates', () => {
  it('fills an empty database with the shipped documents, once', async () => {
    const { rates } = await fresh();
    expect(await loadBundledRates(rates, NOW)).toEqual(['cbr', 'ecb']);
    // The newest complete documents of the corpus: Bank of Russia lists of 18 October 2024 (43 currencies,
    // Russian names) and 13 December 2025 (55, English names); the ECB's of 6 July 2026 (29).
    expect(await rates.latestDate('cbr')).toBe('2025-12-13');
    expect(await rates.ratesOn('cbr', '2025-12-13')).toHaveLength(55);
    expect(await rates.ratesOn('cbr', '2024-10-18')).toHaveLength(43);
    expect((await rates.ratesOn('cbr', '2025-12-13')).find((r) => r.code === 'AUD')?.name).toBe('Australian Dollar');
    expect([await rates.earliestDate('ecb'), await rates.latestDate('ecb')]).toEqual(['2026-07-06', '2026-07-06']);
    expect(await rates.ratesOn('ecb', '2026-07-06')).toHaveLength(29);
    expect((await rates.ratesOn('ecb', '2026-07-06')).find((r) => r.code === 'USD')).toMatchObject({ nominal: 11415, value: '10000' });
    expect(await loadBundledRates(rates, NOW)).toEqual([]);
    expect(await rates.lastUpdate('cbr')).toBeNull();
  });

  it('leaves a source that already has rates alone', async () => {
    const { rates } = await fresh();
    await rates.saveDays([{ source: 'cbr', date: '2026-11-28', rates: [{ code: 'USD', name: 'US Dollar', nominal: 1, value: '81.5' }] }]);
    expect(await loadBundledRates(rates, NOW)).toEqual(['ecb']);
    expect(await rates.latestDate('cbr')).toBe('2026-11-28');
    expect(await rates.countDays('cbr')).toBe(1);
  });
});

describe('the rates store', () => {
  it('replaces a whole day: a currency missing from the newer copy is gone', async () => {
    const { rates } = await fresh();
    const usd = { code: 'USD', name: 'US Dollar', nominal: 1, value: '64.4993' };
    const eur = { code: 'EUR', name: 'Euro', nominal: 1, value: '72.9229' };
    await rates.saveDays([{ source: 'cbr', date: '2019-03-26', rates: [usd, eur] }]);
    await rates.saveDays([{ source: 'cbr', date: '2019-03-26', rates: [{ ...usd, value: '64.5' }] }]);
    expect(await rates.ratesOn('cbr', '2019-03-26')).toEqual([{ ...usd, value: '64.5' }]);
  });

  it('answers the nearest earlier date and nothing before the first', async () => {
    const { rates } = await fresh();
    await loadBundledRates(rates, NOW);
    expect(await rates.dateOnOrBefore('cbr', '2025-12-12')).toBe('2024-10-18');
    expect(await rates.dateOnOrBefore('cbr', '2024-10-17')).toBeNull();
  });

  it.skipIf(TEST_ENGINE !== 'sqlite')('stores values as decimal text only: the table refuses floats and exponents', async () => {
    const { backend } = await fresh();
    const db = backend.sqlite!;
    const insert = db.prepare('INSERT INTO rates (source, date, code, name, nominal, value) VALUES (?, ?, ?, ?, ?, ?)');
    expect(() => insert.run('cbr', '2019-03-26', 'USD', 'US Dollar', 1, '6.44993e1')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('cbr', '2019-03-26', 'USD', 'US Dollar', 0, '64.4993')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('fed', '2019-03-26', 'USD', 'US Dollar', 1, '64.4993')).toThrow(/CHECK constraint failed/);
    insert.run('cbr', '2019-03-26', 'USD', 'US Dollar', 1, '64.4993');
    expect(db.prepare("SELECT typeof(value) AS t FROM rates").get()).toEqual({ t: 'text' });
  });

  it.skipIf(TEST_ENGINE !== 'postgres')('stores values as exact NUMERIC, read back as the decimal text written', async () => {
    const { backend, rates } = await fresh();
    const values = ['64.4993', '0.000012345678901234567890', '123456789012345678.12', '1.50'];
    await rates.saveDays([{ source: 'cbr', date: '2019-03-26', rates: values.map((value, i) => ({ code: `X${String(i)}A`, name: 'Test', nominal: 1, value })) }]);
    expect((await rates.ratesOn('cbr', '2019-03-26')).map((r) => r.value)).toEqual(values);
    expect(await testRows(backend, "SELECT pg_typeof(value)::text AS t FROM rates LIMIT 1")).toEqual([{ t: 'numeric' }]);
    await expect(rates.saveDays([{ source: 'cbr', date: '2019-03-27', rates: [{ code: 'USD', name: 'US Dollar', nominal: 0, value: '64.4993' }] }])).rejects.toThrow(/check constraint/);
    // A failed day leaves the days before it as they were.
    expect(await rates.countDays('cbr')).toBe(1);
  });
});
