import { getRequestListener } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createApp } from './app';
import { createNodeServer } from './http/createNodeServer';
import { createResponseCache } from './http/createResponseCache';
import { onStopSignals } from './lifecycle/gracefulStop';
import { openAppDatabase } from './store/openAppDatabase';
import { createStore } from './store/createStore';
import { reanchorDemo, seedDemo } from './seed/seedDemo';
import { createIngestPool } from './ingest/createIngestPool';
import { startSourcesPolling } from './ingest/startSourcesPolling';
import { loadBundledRates } from './rates/loadBundledRates';
import { ratesSourcesFromEnv } from './rates/ratesSources';
import { startRatesRefresh } from './rates/startRatesRefresh';

// `npm start`: the built app and the API from one process, on the embedded database.
const port = Number(process.env.PORT ?? 3000);
const databasePath = resolve(process.env.DATABASE_PATH ?? 'data/newswire.db');
const clientDir = resolve(process.env.CLIENT_DIR ?? 'dist/client');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0–65535), not "${String(process.env.PORT)}".`);
  process.exit(1);
}
const refresh = process.env.RATES_REFRESH?.trim() ?? '';
if (!['', 'off', 'daily'].includes(refresh)) {
  console.error(`RATES_REFRESH must be "daily" (refresh the exchange rates every day) or "off", not "${refresh.slice(0, 40)}".`);
  process.exit(1);
}
let rateDocuments;
try {
  rateDocuments = ratesSourcesFromEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
if (!existsSync(join(clientDir, 'index.html'))) {
  console.error(`No built app in ${clientDir}: run "npm run build" first (npm start does both).`);
  process.exit(1);
}

const db = openAppDatabase(databasePath);
const store = createStore(db);
if (store.countArticles() === 0) {
  seedDemo(store, Date.now());
  console.log(`Created ${databasePath} with the demo corpus (${String(store.countArticles())} articles).`);
} else {
  reanchorDemo(store, Date.now());
}
const bundled = loadBundledRates(store.rates, Date.now());
if (bundled.length > 0) console.log(`Loaded the bundled exchange rates (${bundled.join(', ')}); "npm run rates:update" fetches current ones.`);

const cache = createResponseCache({ version: () => store.contentVersion() });
const app = createApp({ store, clientDir, cache, publicOrigin: process.env.PUBLIC_ORIGIN });
// A cached API answer goes out straight from node:http with the headers the app gave it; everything
// else goes through the app.
const appListener = getRequestListener(app.fetch);
const { server, stop: stopServer } = createNodeServer((req, res) => {
  if (!cache.serveNode(req, res)) void appListener(req, res);
});
server.listen(port, () => {
  const address = server.address();
  console.log(`Newswire is running at http://localhost:${String(typeof address === 'object' && address !== null ? address.port : port)}`);
});
const ratesRefresh =
  refresh === 'daily' ? startRatesRefresh({ rates: store.rates, documents: rateDocuments, log: (line) => console.log(line) }) : null;
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${String(port)} is in use: stop the other server or set PORT.` : error.message);
  process.exit(1);
});

// INGEST_SOURCES=<sources.json> turns on feed polling; it runs in the background, never delaying startup.
// Each poll's ingest runs on a worker thread with its own connection, so readers are never held up.
const ingestPool = createIngestPool({ databasePath, allowPrivate: process.env.INGEST_ALLOW_PRIVATE === '1' });
const stopPolling = startSourcesPolling({ db, store, env: process.env, log: (line) => console.log(`[ingest] ${line}`), ingest: ingestPool.ingest });

onStopSignals({
  log: (line) => console.log(line),
  steps: [
    {
      name: 'the timers',
      stop: () => {
        stopPolling();
        ratesRefresh?.stop();
      },
    },
    { name: 'the server', stop: stopServer },
    { name: 'the running ingest', stop: ingestPool.close },
    { name: 'the database', stop: () => db.close() },
  ],
});
