import { getRequestListener } from '@hono/node-server';
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createApp, createPageCache } from './app';
import { parseTrustedProxies } from './http/clientAddress';
import { createNodeServer } from './http/createNodeServer';
import { latestRenderer } from './render/loadRenderer';
import { createResponseCache } from './http/createResponseCache';
import { onStopSignals } from './lifecycle/onStopSignals';
import { openAppBackend } from './store/openAppBackend';
import { whenLockHolder } from './store/pg/whenLockHolder';
import { reanchorDemo, seedDemo } from './seed/seedDemo';
import { createIngestPool } from './ingest/createIngestPool';
import { createLogger } from './log/createLogger';
import { watchDatabaseSize } from './metrics/metrics';
import { observeRequests } from './metrics/observeRequests';
import { metricsPortFrom, startMetricsServer } from './metrics/startMetricsServer';
import { startSourcesPolling } from './ingest/startSourcesPolling';
import { loadBundledRates } from './rates/loadBundledRates';
import { ratesSourcesFromEnv } from './rates/ratesSources';
import { startRatesRefresh } from './rates/startRatesRefresh';
import { whenBackgroundWriter } from './cluster/whenBackgroundWriter';

// `npm start`: the built app and the API from one process, on the embedded database (or PostgreSQL: DATABASE_URL).
// React's server renderer is loaded below (dist/server/renderPage.js): its production build, unless told otherwise.
process.env.NODE_ENV ??= 'production';
const port = Number(process.env.PORT ?? 3000);
const clientDir = resolve(process.env.CLIENT_DIR ?? 'dist/client');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0–65535), not "${String(process.env.PORT)}".`);
  process.exit(1);
}
const refresh = process.env.RATES_REFRESH?.trim() ?? '';
if (!['', 'off', 'daily'].includes(refresh)) {
  console.error(`RATES_REFRESH must be "daily" (the default: refresh the exchange rates every day) or "off", not "${refresh.slice(0, 40)}".`);
  process.exit(1);
}
let rateDocuments;
try {
  rateDocuments = ratesSourcesFromEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
let trustedProxies;
try {
  trustedProxies = parseTrustedProxies(process.env.TRUST_PROXY);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
let metricsPort;
try {
  metricsPort = metricsPortFrom(process.env.METRICS_PORT);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const serverDir = resolve(process.env.SERVER_DIR ?? 'dist/server');
if (!existsSync(join(clientDir, 'index.html')) || !existsSync(join(serverDir, 'renderPage.js'))) {
  console.error(`No built app in ${clientDir} and ${serverDir}: run "npm run build" first (npm start does both).`);
  process.exit(1);
}
const renderPage = await latestRenderer(join(serverDir, 'renderPage.js'));

// Problems found before this point are one plain line for the person at the terminal; from here on, JSON.
const logger = createLogger();
const backend = await openAppBackend(process.env);
const { store } = backend;
if ((await store.countArticles()) === 0) {
  // The seed is one transaction. Servers started at once on one PostgreSQL database may all begin it:
  // the demo's fixed ids make every seed but the first fail, and those find the first one's articles.
  try {
    await store.transaction(() => seedDemo(store, Date.now()));
  } catch (error) {
    if ((await store.countArticles()) === 0) throw error;
  }
  logger.info(`Created ${backend.label} with the demo corpus (${String(await store.countArticles())} articles).`);
} else {
  await reanchorDemo(store, Date.now());
}
const bundled = await loadBundledRates(store.rates, Date.now());
if (bundled.length > 0) logger.info(`Loaded the bundled exchange rates (${bundled.join(', ')}); they are refreshed in the background unless RATES_REFRESH=off.`);

const cache = createResponseCache({ version: () => store.contentVersion() });
const pages = createPageCache(store, Date.now, clientDir);
const app = createApp({ store, clientDir, cache, pages, renderPage, trustedProxies, picturesDir: backend.picturesDir, publicOrigin: process.env.PUBLIC_ORIGIN, logError: (error) => logger.error({ err: error }, 'internal error') });
// A cached API answer or page goes out straight from node:http with the headers the app gave it;
// everything else goes through the app.
const appListener = getRequestListener(app.fetch);
const { server, stop: stopServer } = createNodeServer(
  observeRequests((req, res) => {
    if (!cache.serveNode(req, res) && !pages.serveNode(req, res)) void appListener(req, res);
  }, logger),
);
server.listen(port, () => {
  const address = server.address();
  logger.info(`Newswire is running at http://localhost:${String(typeof address === 'object' && address !== null ? address.port : port)}`);
});
server.on('error', (error: NodeJS.ErrnoException) => {
  logger.fatal(error.code === 'EADDRINUSE' ? `Port ${String(port)} is in use: stop the other server or set PORT.` : error.message);
  process.exit(1);
});

// Each poll's ingest runs on a worker thread with its own connection, so readers are never held up.
const ingestPool = createIngestPool({ location: backend.location, allowPrivate: process.env.INGEST_ALLOW_PRIVATE === '1' });
// The background writers run in one process only (with WORKERS=n, the worker the primary chooses:
// src/server/cluster), and on PostgreSQL in one server of all those on the database (an advisory lock).
const startWriters = () => {
  const ratesRefresh =
    refresh === 'off'
      ? null
      : startRatesRefresh({ rates: store.rates, documents: rateDocuments, allowPrivate: process.env.INGEST_ALLOW_PRIVATE === '1', log: (line) => logger.info({ component: 'rates' }, line) });
  // INGEST_SOURCES=<sources.json> turns on feed polling; it runs in the background, never delaying startup.
  const stopPolling = startSourcesPolling({ ...backend, env: process.env, log: (line) => logger.info({ component: 'ingest' }, line), ingest: ingestPool.ingest });
  return () => {
    stopPolling();
    ratesRefresh?.stop();
  };
};
const { postgres } = backend;
const stopWriters = whenBackgroundWriter(postgres === null ? startWriters : () => whenLockHolder(postgres, 'background-writers', startWriters, (line) => logger.info(line)));

// METRICS_PORT: Prometheus' /metrics on 127.0.0.1 only, never on the public port.
if (backend.location.kind === 'sqlite') watchDatabaseSize(backend.location.path);
// With WORKERS=n, the primary serves every worker's metrics (src/server/cluster/clusterMain.ts).
const metricsServer =
  metricsPort === null || cluster.isWorker ? null : startMetricsServer(metricsPort, (listening) => logger.info(`Metrics at http://127.0.0.1:${String(listening)}/metrics`));
metricsServer?.on('error', (error: NodeJS.ErrnoException) => {
  logger.fatal(error.code === 'EADDRINUSE' ? `METRICS_PORT ${String(metricsPort)} is in use: stop the other server or set another METRICS_PORT.` : error.message);
  process.exit(1);
});

onStopSignals({
  log: (line) => logger.info(line),
  steps: [
    { name: 'the timers', stop: stopWriters },
    { name: 'the server', stop: stopServer },
    { name: 'the running ingest', stop: ingestPool.close },
    {
      name: 'the metrics server',
      stop: () =>
        new Promise<void>((done) => {
          if (metricsServer === null) return done();
          metricsServer.close(() => done());
          metricsServer.closeAllConnections(); // a scraper's keep-alive connection would hold it open
        }),
    },
    { name: 'the database', stop: () => backend.close() },
  ],
});
