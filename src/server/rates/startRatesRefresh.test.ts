import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  // A loopback stand-in for the banks, reached through the safe fetcher (its host:port allowed); "offline"
  // closes each connection at once, as a dead network does. The clock and timers are moved by hand.
  let server: Server;
  let host = '';
  const online = { value: false };
  const files: Record<string, string> = {
    '/cbr': 'cbr-xml-daily-2019-03-26.cp1251.xml',
    '/daily': 'ecb-eurofxref-daily-2018-06-11.xml',
    '/90d': 'ecb-eurofxref-hist-90d-sample.xml',
  };
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (!online.value) {
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/xml' }).end(corpusBytes(files[req.url ?? ''] ?? 'missing'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    host = `127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  function harness() {
    let now = Date.parse('2026-11-28T12:00:00Z');
    const timers: { at: number; run: () => void }[] = [];
    const lines: string[] = [];
    const store = createStore(openDatabase(':memory:'));
    const refresh = startRatesRefresh({
      rates: store.rates,
      documents: ratesSourcesFromEnv({ RATES_CBR_URL: `http://${host}/cbr`, RATES_ECB_DAILY_URL: `http://${host}/daily`, RATES_ECB_90D_URL: `http://${host}/90d` }),
      log: (line) => lines.push(line),
      now: () => now,
      allowHosts: [host],
      setTimer: (run, ms) => {
        timers.push({ at: now + ms, run });
        return {};
      },
    });
    // Runs the next timer and waits (bounded) until that run has scheduled its successor.
    const next = async () => {
      const timer = timers.shift();
      if (timer === undefined) throw new Error('nothing scheduled');
      now = timer.at;
      const before = lines.length;
      timer.run();
      for (let i = 0; i < 200 && (lines.length === before || timers.length === 0); i++) await new Promise((resolve) => setTimeout(resolve, 25));
      return timer.at;
    };
    return { store, lines, timers, refresh, next, at: () => now };
  }

  it('refreshes soon after start, offline says so in one line and backs off, then runs daily at 16:00 UTC', async () => {
    online.value = false;
    const h = harness();
    expect(h.timers.map((t) => t.at - Date.parse('2026-11-28T12:00:00Z'))).toEqual([5000]);
    await h.next();
    expect(h.lines).toEqual([
      `Rates refresh: no network — could not reach ${host}; the last good rates stay in service (Bank of Russia none, European Central Bank none).`,
    ]);
    expect(h.timers[0]?.at).toBe(Date.parse('2026-11-28T12:00:05Z') + HOUR);
    await h.next();
    expect(h.lines).toHaveLength(2);
    // The second failure waits two hours, not one: retries thin out instead of piling up.
    expect(h.timers[0]?.at).toBe(Date.parse('2026-11-28T13:00:05Z') + 2 * HOUR);
    await h.next();
    // The fourth would be at 23:00:05, after the daily run at 16:00, which it never passes.
    expect(new Date(h.timers[0]?.at ?? 0).toISOString()).toBe('2026-11-28T16:00:00.000Z');
    online.value = true;
    await h.next();
    expect(h.lines).toHaveLength(6);
    expect(h.store.rates.latestDate('cbr')).toBe('2019-03-26');
    expect(h.store.rates.countDays('ecb')).toBe(61);
    expect(new Date(h.timers[0]?.at ?? 0).toISOString()).toBe('2026-11-29T16:00:00.000Z');
    h.refresh.stop();
    // A stopped refresh does nothing when its timer fires, and schedules nothing.
    h.timers.shift()?.run();
    expect(h.timers).toHaveLength(0);
  });

  it('waits for the daily time when the last success is recent', () => {
    online.value = true;
    const h = harness();
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
    expect(stderr).toBe('RATES_REFRESH must be "daily" (the default: refresh the exchange rates every day) or "off", not "weekly".\n');
  });
});
