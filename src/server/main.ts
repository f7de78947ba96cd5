import { getRequestListener } from '@hono/node-server';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createApp, createPageCache } from './app';
import { latestRenderer } from './render/loadRenderer';
import { createResponseCache } from './http/createResponseCache';
import { openDatabase } from './store/openDatabase';
import { createStore } from './store/createStore';
import { reanchorDemo, seedDemo } from './seed/seedDemo';
import { startSourcesPolling } from './ingest/startSourcesPolling';
import { loadBundledRates } from './rates/loadBundledRates';
import { ratesSourcesFromEnv } from './rates/ratesSources';
import { startRatesRefresh } from './rates/startRatesRefresh';
import { whenBackgroundWriter } from './cluster/whenBackgroundWriter';

// `npm start`: the built app and the API from one process, on the embedded database.
// React's server renderer is loaded below (dist/server/renderPage.js): its production build, unless told otherwise.
process.env.NODE_ENV ??= 'production';
const port = Number(process.env.PORT ?? 3000);
const databasePath = resolve(process.env.DATABASE_PATH ?? 'data/newswire.db');
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
const serverDir = resolve(process.env.SERVER_DIR ?? 'dist/server');
if (!existsSync(join(clientDir, 'index.html')) || !existsSync(join(serverDir, 'renderPage.js'))) {
  console.error(`No built app in ${clientDir} and ${serverDir}: run "npm run build" first (npm start does both).`);
  process.exit(1);
}
const renderPage = await latestRenderer(join(serverDir, 'renderPage.js'));

const db = openDatabase(databasePath);
const store = createStore(db);
if (store.countArticles() === 0) {
  seedDemo(store, Date.now());
  console.log(`Created ${databasePath} with the demo corpus (${String(store.countArticles())} articles).`);
} else {
  reanchorDemo(store, Date.now());
}
const bundled = loadBundledRates(store.rates, Date.now());
if (bundled.length > 0) console.log(`Loaded the bundled exchange rates (${bundled.join(', ')}); they are refreshed in the background unless RATES_REFRESH=off.`);

const cache = createResponseCache({ version: () => store.contentVersion() });
const pages = createPageCache(store, Date.now, clientDir);
const app = createApp({ store, clientDir, cache, pages, renderPage, publicOrigin: process.env.PUBLIC_ORIGIN });
// A cached API answer or page goes out straight from node:http with the headers the app gave it;
// everything else goes through the app.
const appListener = getRequestListener(app.fetch);
const server = createServer((req, res) => {
  if (!cache.serveNode(req, res) && !pages.serveNode(req, res)) void appListener(req, res);
});
server.listen(port, () => {
  const address = server.address();
  console.log(`Newswire is running at http://localhost:${String(typeof address === 'object' && address !== null ? address.port : port)}`);
});
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${String(port)} is in use: stop the other server or set PORT.` : error.message);
  process.exit(1);
});

// The background writers run in one process only (with WORKERS=n, the worker the primary chooses).
const stopWriters = whenBackgroundWriter(() => {
  const ratesRefresh =
    refresh === 'off'
      ? null
      : startRatesRefresh({ rates: store.rates, documents: rateDocuments, allowPrivate: process.env.INGEST_ALLOW_PRIVATE === '1', log: (line) => console.log(line) });
  // INGEST_SOURCES=<sources.json> turns on feed polling; it runs in the background, never delaying startup.
  const stopPolling = startSourcesPolling({ db, store, env: process.env, log: (line) => console.log(`[ingest] ${line}`) });
  return () => {
    stopPolling();
    ratesRefresh?.stop();
  };
});

function shutdown(): void {
  stopWriters();
  server.close(() => {
    db.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
