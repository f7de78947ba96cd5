import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cbrDocument, corpusBytes, HAND_WRITTEN_CBR } from '../../../test/fxCorpus';
import { createEmptyTestBackend } from '../../../test/testStore';
import type { Store } from '../store/createStore';
import { ratesSourcesFromEnv, type RatesDocumentSource } from './ratesSources';
import { summarizeUpdate } from './summarizeUpdate';
import { updateRates } from './updateRates';

const NOW = Date.parse('2026-11-28T12:00:00Z');
// A local stand-in for the two banks: the corpus documents, an error page, a 500, and one that never answers.
const ROUTES: Record<string, { type: string; body: () => Uint8Array } | 'hang' | 500> = {
  '/cbr': { type: 'application/xml; charset=windows-1251', body: () => corpusBytes('cbr-xml-daily-2019-03-26.cp1251.xml') },
  '/cbr-next': { type: 'application/xml', body: () => cbrDocument('27.03.2019', HAND_WRITTEN_CBR) },
  '/cbr-as-found': { type: 'application/xml', body: () => corpusBytes('cbr-xml-daily-2019-03-26.as-found.xml') },
  '/ecb-daily': { type: 'text/xml', body: () => corpusBytes('ecb-eurofxref-daily-2018-06-11.xml') },
  '/ecb-90d': { type: 'text/xml', body: () => corpusBytes('ecb-eurofxref-hist-90d-sample.xml') },
  '/html': { type: 'text/html', body: () => corpusBytes('ecb-not-xml-html-page.xml') },
  '/html-as-xml': { type: 'text/xml', body: () => corpusBytes('ecb-not-xml-html-page.xml') },
  '/down': 500,
  '/hang': 'hang',
};

let server: Server;
let base = '';
let closedPort = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = ROUTES[req.url ?? ''];
    if (route === 'hang') return;
    if (route === undefined || route === 500) {
      res.writeHead(route ?? 404, { 'Content-Type': 'text/html' }).end('<html><body>Internal error</body></html>');
      return;
    }
    res.writeHead(200, { 'Content-Type': route.type }).end(route.body());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}`;
  // A port that was free a moment ago and now has no one listening: "connection refused".
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const probeAddress = probe.address();
  closedPort = typeof probeAddress === 'object' && probeAddress !== null ? probeAddress.port : 1;
  await new Promise((resolve) => probe.close(resolve));
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

let store: Store;
// On both stores (server and server-postgres projects).
beforeEach(async () => {
  store = (await createEmptyTestBackend()).store;
});

const documents = (paths: { cbr?: string; daily?: string; ninety?: string }): RatesDocumentSource[] =>
  ratesSourcesFromEnv({
    RATES_CBR_URL: `${base}${paths.cbr ?? '/cbr'}`,
    RATES_ECB_DAILY_URL: `${base}${paths.daily ?? '/ecb-daily'}`,
    RATES_ECB_90D_URL: `${base}${paths.ninety ?? '/ecb-90d'}`,
  });
// Only the stand-in server's host:port is allowed through the safe fetcher; every other address stays refused.
const update = (docs: RatesDocumentSource[], timeoutMs = 5000) => updateRates(store.rates, docs, { now: () => NOW, timeoutMs, allowHosts: [base.slice(7), `127.0.0.1:${String(closedPort)}`] });

describe('updateRates', () => {
  it('fetches, checks and stores every document', async () => {
    const outcomes = await update(documents({}));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
    expect(outcomes.map((o) => o.message)).toEqual([
      `ECB 90-day rates: stored 61 days of rates up to 2018-06-11 (32 currencies) from ${base}/ecb-90d.`,
      `ECB daily rates: stored the rates of 2018-06-11 (32 currencies) from ${base}/ecb-daily.`,
      `Bank of Russia daily rates: stored the rates of 2019-03-26 (7 currencies) from ${base}/cbr.`,
    ]);
    expect(await store.rates.countDays('ecb')).toBe(61);
    expect((await store.rates.ratesOn('ecb', '2018-06-11')).find((r) => r.code === 'USD')).toMatchObject({ nominal: 1179, value: '1000' });
    expect(await store.rates.lastUpdate('cbr')).toMatchObject({ attemptedAt: NOW, succeededAt: NOW });
  });

  it('keeps the last good rates when a document is refused, and says so', async () => {
    await update(documents({}));
    const before = await store.rates.ratesOn('cbr', '2019-03-26');
    const bad = await update(documents({ cbr: '/html', daily: '/down', ninety: '/ecb-90d' }));
    expect(bad.map((o) => [o.ok, o.network])).toEqual([[true, false], [false, false], [false, false]]);
    expect(bad[1]?.message).toBe(
      `ECB daily rates: refused the document from ${base}/down: The answer was refused: HTTP 500 Internal Server Error. The European Central Bank rates of 2018-06-11 stay in service.`,
    );
    expect(bad[2]?.message).toContain('The answer was refused: the URL returned an HTML page, not an XML document (Content-Type text/html).');
    const htmlAsXml = await update(documents({ cbr: '/html-as-xml' }).slice(2));
    expect(htmlAsXml[0]?.message).toContain('The document is an HTML page, not the Bank of Russia daily rates (XML_daily) XML');
    expect(bad[2]?.message).toContain('The Bank of Russia rates of 2019-03-26 stay in service.');
    const lying = await update(documents({ cbr: '/cbr-as-found' }).slice(2));
    expect(lying[0]?.message).toContain('declares the encoding "windows-1251" but its bytes are UTF-8');
    expect(await store.rates.latestDate('cbr')).toBe('2019-03-26');
    expect(await store.rates.ratesOn('cbr', '2019-03-26')).toEqual(before);
    expect(await store.rates.lastUpdate('cbr')).toMatchObject({ attemptedAt: NOW, succeededAt: NOW });
  });

  it('moves on to a newer list when one arrives', async () => {
    await update(documents({}).slice(2));
    await update(documents({ cbr: '/cbr-next' }).slice(2));
    expect(await store.rates.latestDate('cbr')).toBe('2019-03-27');
    expect(await store.rates.ratesOn('cbr', '2019-03-26')).toHaveLength(7);
  });

  it('reports an unreachable source as a network failure, and a silent one as a timeout', async () => {
    const refused = `http://127.0.0.1:${String(closedPort)}/rates.xml`;
    const docs = ratesSourcesFromEnv({ RATES_CBR_URL: refused, RATES_ECB_DAILY_URL: `${base}/hang`, RATES_ECB_90D_URL: refused });
    const outcomes = await update(docs, 300);
    expect(outcomes.every((o) => !o.ok && o.network)).toBe(true);
    expect(outcomes[1]?.message).toBe(`ECB daily rates: cannot reach ${base.slice(7)} (no complete answer within 0.3 s). No rates are stored yet.`);
    expect(outcomes[2]?.message).toMatch(/^Bank of Russia daily rates: cannot reach 127\.0\.0\.1:\d+ \(the server refused the connection\)\. No rates are stored yet\.$/);
    expect(summarizeUpdate(outcomes, 'Bank of Russia none, European Central Bank none')).toEqual([
      `rates:update: no network — could not reach 127.0.0.1:${String(closedPort)} or ${base.slice(7)}; the last good rates stay in service (Bank of Russia none, European Central Bank none).`,
    ]);
  });
});

describe('ratesSourcesFromEnv', () => {
  it('defaults to the banks and refuses a URL that is not http(s)', () => {
    expect(ratesSourcesFromEnv({}).map((d) => d.url)).toEqual([
      'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml',
      'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
      'https://www.cbr.ru/scripts/XML_daily.asp',
    ]);
    expect(() => ratesSourcesFromEnv({ RATES_CBR_URL: 'file:///etc/passwd' })).toThrow('RATES_CBR_URL must be an http or https URL, not "file:///etc/passwd".');
    expect(() => ratesSourcesFromEnv({ RATES_ECB_DAILY_URL: 'not a url' })).toThrow('RATES_ECB_DAILY_URL');
  });
});

describe('npm run rates:update', () => {
  // Asynchronous: the child fetches from this process's stand-in server, which must keep answering.
  const run = async (env: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'newswire-rates-'));
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/rates/updateRatesCli.ts'], {
        env: { ...process.env, DATABASE_PATH: join(dir, 'rates.db'), INGEST_ALLOW_PRIVATE: '1', ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      return { status, stdout, stderr };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('fails with one clear line and keeps the bundled rates when there is no network', async () => {
    const nowhere = `http://127.0.0.1:${String(closedPort)}/`;
    const result = await run({ RATES_CBR_URL: nowhere, RATES_ECB_DAILY_URL: nowhere, RATES_ECB_90D_URL: nowhere });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `rates:update: no network — could not reach 127.0.0.1:${String(closedPort)}; the last good rates stay in service (Bank of Russia 2025-12-13, European Central Bank 2026-07-06).\n`,
    );
  });

  it('refuses a loopback rates URL unless INGEST_ALLOW_PRIVATE=1, as for feeds', async () => {
    const result = await run({ INGEST_ALLOW_PRIVATE: '', RATES_CBR_URL: `${base}/cbr-next`, RATES_ECB_DAILY_URL: `${base}/ecb-daily`, RATES_ECB_90D_URL: `${base}/ecb-90d` });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Bank of Russia daily rates: refused the document from');
    expect(result.stderr).toContain('127.0.0.1 is a loopback address, which feeds may not use');
    expect(result.stdout).toBe('');
  });

  it('stores the fetched documents and exits 0', async () => {
    const result = await run({ RATES_CBR_URL: `${base}/cbr-next`, RATES_ECB_DAILY_URL: `${base}/ecb-daily`, RATES_ECB_90D_URL: `${base}/ecb-90d` });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(3);
    expect(result.stdout).toContain('Bank of Russia daily rates: stored the rates of 2019-03-27 (8 currencies)');
  });

  it('names a bad URL variable and exits 2', async () => {
    const result = await run({ RATES_ECB_90D_URL: 'ftp://example.org/x.xml' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('rates:update: RATES_ECB_90D_URL must be an http or https URL, not "ftp://example.org/x.xml".\n');
  });
});
