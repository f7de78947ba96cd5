import { beforeEach, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/testStore';
import { ErrorBody } from '../../contract/schemas';
import { Rates, RatesHistory } from '../../contract/ratesSchemas';
import { createApp } from '../app';
import { createStore, type Store } from '../store/createStore';
import { openDatabase } from '../store/openDatabase';

const NOW = Date.parse('2026-11-28T12:00:00Z');
let store: Store;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  ({ store } = await createTestStore(NOW));
  app = createApp({ store, now: () => NOW, logError: () => undefined });
});

async function rates(query: string) {
  const res = await app.request(`/api/rates${query}`);
  expect(res.status, query).toBe(200);
  return { res, body: Rates.parse(await res.json()) };
}

async function problem(path: string, status: number, mentions: string) {
  const res = await app.request(path);
  expect(res.status, path).toBe(status);
  const { error } = ErrorBody.parse(await res.json());
  expect(error.message).toContain(mentions);
  return error;
}

describe('GET /api/rates', () => {
  it('answers the latest Bank of Russia list with RUB as the base, values as decimal strings', async () => {
    const { body } = await rates('?source=cbr');
    expect(body).toMatchObject({ source: 'cbr', base: 'RUB', date: '2019-03-26' });
    expect(body.requestedDate).toBeUndefined();
    expect(body.rates[0]).toEqual({ code: 'RUB', name: 'Russian Ruble', nominal: 1, value: '1' });
    expect(body.rates.find((r) => r.code === 'USD')).toEqual({ code: 'USD', name: 'US Dollar', nominal: 1, value: '64.4993' });
    expect(body.rates.find((r) => r.code === 'JPY')).toEqual({ code: 'JPY', name: 'Japanese Yen', nominal: 100, value: '58.5958' });
    expect(body.rates).toHaveLength(8);
  });

  it('answers the latest ECB list with EUR as the base and, today, no rouble: it is listed as discontinued', async () => {
    const { body } = await rates('?source=ecb');
    expect(body).toMatchObject({ source: 'ecb', base: 'EUR', date: '2018-06-11' });
    expect(body.rates[0]).toEqual({ code: 'EUR', name: 'Euro', nominal: 1, value: '1' });
    expect(body.rates.some((r) => r.code === 'RUB')).toBe(false);
    expect(body.discontinued).toEqual([{ code: 'RUB', name: 'Russian Ruble', lastDate: '2022-03-01' }]);
    expect(body.rates.find((r) => r.code === 'USD')).toEqual({ code: 'USD', name: 'US Dollar', nominal: 1179, value: '1000' });
  });

  it('answers a date with rates as it is, the rouble included when the ECB still published it', async () => {
    const { body } = await rates('?source=ecb&date=2018-06-11');
    expect(body.date).toBe('2018-06-11');
    expect(body.requestedDate).toBeUndefined();
    expect(body.rates.find((r) => r.code === 'RUB')).toEqual({ code: 'RUB', name: 'Russian Ruble', nominal: 737903, value: '10000' });
    expect(body.discontinued).toBeUndefined();
  });

  it('answers a date without rates with the nearest earlier date and says which was asked for', async () => {
    const { body } = await rates('?source=ecb&date=2018-06-10');
    expect(body).toMatchObject({ date: '2018-06-08', requestedDate: '2018-06-10' });
    const later = await rates('?source=cbr&date=2026-01-05');
    expect(later.body).toMatchObject({ date: '2019-03-26', requestedDate: '2026-01-05' });
  });

  it('never serves an old ECB rouble rate for a date after 1 March 2022, even from an older list', async () => {
    expect((await rates('?source=ecb&date=2022-03-01')).body.rates.some((r) => r.code === 'RUB')).toBe(true);
    const after = (await rates('?source=ecb&date=2022-03-02')).body;
    expect(after).toMatchObject({ date: '2018-06-11', requestedDate: '2022-03-02' });
    expect(after.rates.some((r) => r.code === 'RUB')).toBe(false);
    expect(after.discontinued?.[0]?.code).toBe('RUB');
    // Even a stored list that (wrongly) carries RUB after that day does not serve it.
    await store.rates.saveDays([{ source: 'ecb', date: '2023-01-02', rates: [{ code: 'USD', name: 'US Dollar', nominal: 1, value: '1.0683' }, { code: 'RUB', name: 'Russian Ruble', nominal: 1, value: '77.5' }] }]);
    const stored = (await rates('?source=ecb&date=2023-01-02')).body;
    expect(stored.rates.map((r) => r.code)).toEqual(['EUR', 'USD']);
  });

  it('answers 400 naming the parameter for a missing or bad source or date', async () => {
    await problem('/api/rates', 400, 'The parameter "source" is required');
    await problem('/api/rates?source=CBR', 400, '"source"');
    await problem('/api/rates?source=fed', 400, 'cbr (Bank of Russia) or ecb (European Central Bank)');
    await problem('/api/rates?source=cbr&source=ecb', 400, '"source" is given more than once');
    await problem('/api/rates?source=cbr&date=2019-02-30', 400, 'The parameter "date" must be a calendar date like 2017-01-23, not "2019-02-30"');
    await problem('/api/rates?source=cbr&date=26.03.2019', 400, '"date"');
    await problem('/api/rates?source=cbr&date=', 400, '"date"');
    await problem('/api/rates?source=cbr&date=2019-03-26T00:00:00Z', 400, '"date"');
  });

  it('answers 404 with what is stored for a date earlier than any', async () => {
    await problem('/api/rates?source=ecb&date=2018-03-13', 404, 'There are no European Central Bank rates on or before 2018-03-13; the earliest stored are of 2018-03-14.');
    await problem('/api/rates?source=cbr&date=1999-12-31', 404, 'the earliest stored are of 2019-03-26');
  });

  it('answers 404 when a source has no rates at all', async () => {
    const empty = createApp({ store: createStore(openDatabase(':memory:')), now: () => NOW });
    const res = await empty.request('/api/rates?source=cbr');
    expect(res.status).toBe(404);
    expect(ErrorBody.parse(await res.json()).error.message).toBe('No Bank of Russia rates are stored yet.');
  });

  it('sets ETag and Cache-Control and answers If-None-Match with 304', async () => {
    for (const path of ['/api/rates?source=cbr', '/api/rates?source=ecb&date=2018-05-01', '/api/rates/history?source=ecb&codes=USD,JPY']) {
      const res = await app.request(path);
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=300, stale-while-revalidate=3600, stale-if-error=86400');
      const tag = res.headers.get('etag');
      expect(tag, path).toBeTruthy();
      const again = await app.request(path, { headers: { 'If-None-Match': tag ?? '' } });
      expect(again.status, path).toBe(304);
    }
  });
});

describe('GET /api/rates/history', () => {
  it('answers the rates of the asked currencies on each stored day of the last 30, oldest first', async () => {
    const res = await app.request('/api/rates/history?source=ecb&codes=USD,JPY');
    const body = RatesHistory.parse(await res.json());
    expect(body).toMatchObject({ source: 'ecb', base: 'EUR', from: '2018-05-13', to: '2018-06-11' });
    expect(body.days).toHaveLength(21);
    expect(body.days.map((d) => d.date)).toEqual([...body.days.map((d) => d.date)].sort());
    for (const day of body.days) expect(day.rates.map((r) => r.code)).toEqual(['JPY', 'USD']);
    expect(body.days.at(-1)?.rates.find((r) => r.code === 'USD')).toMatchObject({ nominal: 1179, value: '1000' });
  });

  it('includes the base currency when asked, ends at a given date, and takes 2 to 366 days', async () => {
    const res = await app.request('/api/rates/history?source=ecb&codes=EUR,GBP&date=2018-03-20&days=7');
    const body = RatesHistory.parse(await res.json());
    expect(body).toMatchObject({ from: '2018-03-14', to: '2018-03-20' });
    expect(body.days.map((d) => d.date)).toEqual(['2018-03-14', '2018-03-15', '2018-03-16', '2018-03-19', '2018-03-20']);
    expect(body.days[0]?.rates[0]).toEqual({ code: 'EUR', name: 'Euro', nominal: 1, value: '1' });
  });

  it('answers 400 naming the parameter for bad codes or days', async () => {
    await problem('/api/rates/history?source=ecb', 400, 'The parameter "codes" is required');
    await problem('/api/rates/history?source=ecb&codes=usd', 400, '"codes"');
    await problem('/api/rates/history?source=ecb&codes=USD,,JPY', 400, '"codes"');
    await problem('/api/rates/history?source=ecb&codes=USD&days=1', 400, 'The parameter "days" must be a whole number from 2 to 366.');
    await problem('/api/rates/history?source=ecb&codes=USD&days=367', 400, '"days"');
    await problem('/api/rates/history?codes=USD', 400, '"source"');
  });
});
