import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { corpusBytes } from '../../../test/fxCorpus';
import { createStore } from '../store/createStore';
import { openDatabase } from '../store/openDatabase';
import { ratesSourcesFromEnv } from './ratesSources';
import { nextDailyRefresh, startRatesRefresh } from './startRatesRefresh';

const HOUR = 3_600_000;

describe('nextDailyRefresh', () => {
  it('is the next 16:00 UTC strictly after now', () => {
    expect(new Date(nextDailyRefresh(Date.parse('2026-11-28T12:00:00Z'))).toISOString()).toBe('2026-11-28T16:00:00.000Z');
    expect(new Date(nextDailyRefresh(Date.parse('2026-11-28T16:00:00Z'))).toISOString()).toBe('2026-11-29T16:00:00.000Z');
    expect(new Date(nextDailyRefresh(Date.parse('2026-12-31T23:59:00Z'))).toISOString()).toBe('2027-01-01T16:00:00.000Z');
  });
});

describe('startRatesRefresh', () => {
  // A clock and timer the test moves by hand; `fetch` answers with the corpus or fails like a dead network.
  function harness(online: { value: boolean }) {
    let now = Date.parse('2026-11-28T12:00:00Z');
    const timers: { at: number; run: () => void }[] = [];
    const lines: string[] = [];
    const store = createStore(openDatabase(':memory:'));
    const files: Record<string, string> = {
      'http://bank.test/cbr': 'cbr-xml-daily-2019-03-26.cp1251.xml',
      'http://bank.test/daily': 'ecb-eurofxref-daily-2018-06-11.xml',
      'http://bank.test/90d': 'ecb-eurofxref-hist-90d-sample.xml',
    };
    const fetchFn: typeof fetch = (input) => {
      if (!online.value) return Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND bank.test') }));
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      return Promise.resolve(new Response(new Uint8Array(corpusBytes(files[url] ?? ''))));
    };
    const refresh = startRatesRefresh({
      rates: store.rates,
      documents: ratesSourcesFromEnv({ RATES_CBR_URL: 'http://bank.test/cbr', RATES_ECB_DAILY_URL: 'http://bank.test/daily', RATES_ECB_90D_URL: 'http://bank.test/90d' }),
      log: (line) => lines.push(line),
      now: () => now,
      fetch: fetchFn,
      setTimer: (run, ms) => {
        timers.push({ at: now + ms, run });
        return {};
      },
    });
    const next = async () => {
      const timer = timers.shift();
      if (timer === undefined) throw new Error('nothing scheduled');
      now = timer.at;
      timer.run();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return timer.at;
    };
    return { store, lines, timers, refresh, next, at: () => now };
  }

  it('refreshes soon after start, retries an hour after a failure, then runs daily at 16:00 UTC', async () => {
    const online = { value: false };
    const h = harness(online);
    expect(h.timers.map((t) => t.at - Date.parse('2026-11-28T12:00:00Z'))).toEqual([5000]);
    await h.next();
    expect(h.lines).toHaveLength(3);
    expect(h.lines[0]).toContain('cannot reach bank.test (getaddrinfo ENOTFOUND bank.test)');
    expect(h.timers[0]?.at).toBe(Date.parse('2026-11-28T12:00:05Z') + HOUR);
    online.value = true;
    await h.next();
    expect(h.store.rates.latestDate('cbr')).toBe('2019-03-26');
    expect(h.store.rates.countDays('ecb')).toBe(61);
    expect(new Date(h.timers[0]?.at ?? 0).toISOString()).toBe('2026-11-28T16:00:00.000Z');
    h.refresh.stop();
    await h.next();
    expect(h.timers).toHaveLength(0);
  });

  it('waits for the daily time when the last success is recent', () => {
    const h = harness({ value: true });
    h.refresh.stop();
    h.store.rates.recordUpdate('cbr', h.at() - HOUR, true, 'ok');
    h.store.rates.recordUpdate('ecb', h.at() - HOUR, true, 'ok');
    const again = startRatesRefresh({ rates: h.store.rates, documents: [], log: () => undefined, now: h.at, setTimer: (_run, ms) => (h.timers.push({ at: h.at() + ms, run: () => undefined }), {}) });
    again.stop();
    expect(new Date(h.timers.at(-1)?.at ?? 0).toISOString()).toBe('2026-11-28T16:00:00.000Z');
  });
});

describe('npm start with RATES_REFRESH', () => {
  it('refuses a value other than daily or off, naming the variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env: { ...process.env, RATES_REFRESH: 'weekly', PORT: '0' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(status).toBe(1);
    expect(stderr).toBe('RATES_REFRESH must be "daily" (refresh the exchange rates every day) or "off", not "weekly".\n');
  });
});
