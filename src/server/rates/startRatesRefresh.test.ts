import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  // The first refresh is scheduled once the last update has been read from the store (it is async).
  const firstScheduled = async (timers: readonly unknown[], count = 1) => {
    for (let i = 0; i < 200 && timers.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  it('refreshes soon after start, offline says so in one line and backs off, then runs daily at 16:00 UTC', async () => {
    online.value = false;
    const h = harness();
    await firstScheduled(h.timers);
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
    expect(await h.store.rates.latestDate('cbr')).toBe('2019-03-26');
    expect(await h.store.rates.countDays('ecb')).toBe(61);
    expect(new Date(h.timers[0]?.at ?? 0).toISOString()).toBe('2026-11-29T16:00:00.000Z');
    h.refresh.stop();
    // A stopped refresh does nothing when its timer fires, and schedules nothing.
    h.timers.shift()?.run();
    expect(h.timers).toHaveLength(0);
  });

  it('waits for the daily time when the last success is recent', async () => {
    online.value = true;
    const h = harness();
    await firstScheduled(h.timers);
    h.refresh.stop();
    await h.store.rates.recordUpdate('cbr', h.at() - HOUR, true, 'ok');
    await h.store.rates.recordUpdate('ecb', h.at() - HOUR, true, 'ok');
    const again = startRatesRefresh({ rates: h.store.rates, documents: [], log: () => undefined, now: h.at, setTimer: (_run, ms) => (h.timers.push({ at: h.at() + ms, run: () => undefined }), {}) });
    await firstScheduled(h.timers, 2);
    again.stop();
    expect(h.timers).toHaveLength(2);
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

  // The server as a new user starts it, with no RATES_REFRESH: it refreshes by itself, through the safe
  // fetcher (loopback allowed only by INGEST_ALLOW_PRIVATE=1), and offline says so in one line.
  async function startServer(urls: Record<string, string>, until: RegExp) {
    const dir = mkdtempSync(join(tmpdir(), 'newswire-start-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Newswire</title>');
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', CLIENT_DIR: dir, DATABASE_PATH: join(dir, 'app.db'), INGEST_ALLOW_PRIVATE: '1', INGEST_SOURCES: '', ...urls };
    delete env.RATES_REFRESH;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env });
    let stdout = '';
    child.stderr.resume();
    const seen = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 45_000);
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (until.test(stdout)) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      child.on('close', () => resolve(false));
    });
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('close', resolve));
    rmSync(dir, { recursive: true, force: true });
    return { seen, stdout };
  }

  it('refreshes the rates in the background by default', async () => {
    const server = createServer((req, res) => {
      const file = { '/cbr': 'cbr-xml-daily-2019-03-26.cp1251.xml', '/daily': 'ecb-eurofxref-daily-2018-06-11.xml', '/90d': 'ecb-eurofxref-hist-90d-sample.xml' }[req.url ?? ''];
      res.writeHead(200, { 'Content-Type': 'application/xml' }).end(corpusBytes(file ?? 'missing'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const base = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}`;
    try {
      const { seen, stdout } = await startServer({ RATES_CBR_URL: `${base}/cbr`, RATES_ECB_DAILY_URL: `${base}/daily`, RATES_ECB_90D_URL: `${base}/90d` }, /Bank of Russia daily rates: stored/);
      expect(seen).toBe(true);
      expect(stdout).toContain('Loaded the bundled exchange rates (cbr, ecb); they are refreshed in the background unless RATES_REFRESH=off.');
      expect(stdout).toContain(`ECB 90-day rates: stored 61 days of rates up to 2018-06-11 (32 currencies) from ${base}/90d.`);
      expect(stdout).toContain(`Bank of Russia daily rates: stored the rates of 2019-03-26 (7 currencies) from ${base}/cbr.`);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 60_000);

  it('says in one line that it is offline, keeping the bundled rates', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const address = probe.address();
    const nowhere = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}/rates.xml`;
    await new Promise((resolve) => probe.close(resolve));
    const { seen, stdout } = await startServer({ RATES_CBR_URL: nowhere, RATES_ECB_DAILY_URL: nowhere, RATES_ECB_90D_URL: nowhere }, /Rates refresh: .*\n/);
    expect(seen).toBe(true);
    // The server logs JSON lines (pino): the messages themselves.
    const messages = stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => (JSON.parse(l) as { msg?: string }).msg ?? '');
    expect(messages.filter((m) => m.startsWith('Rates refresh'))).toEqual([
      `Rates refresh: no network — could not reach ${new URL(nowhere).host}; the last good rates stay in service (Bank of Russia 2025-12-13, European Central Bank 2026-07-06).`,
    ]);
  }, 60_000);
});
