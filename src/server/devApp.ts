import { resolve } from 'node:path';
import { createApp } from './app';
import { createStore, type Store } from './store/createStore';
import { openDatabase, type Db } from './store/openDatabase';
import { reanchorDemo, seedDemo } from './seed/seedDemo';
import { loadBundledRates } from './rates/loadBundledRates';

// `npm run dev` loads this module through Vite on each change; the database connection outlives
// reloads (kept on globalThis) while the routes are rebuilt from the edited code.
declare global {
  var __newswireDevDb: Db | undefined;
}

async function openDevStore(): Promise<Store> {
  const db = (globalThis.__newswireDevDb ??= openDatabase(resolve(process.env.DATABASE_PATH ?? 'data/newswire.db')));
  const store = createStore(db);
  if ((await store.countArticles()) === 0) await seedDemo(store, Date.now());
  else await reanchorDemo(store, Date.now());
  await loadBundledRates(store.rates, Date.now());
  return store;
}

const app = createApp({ store: await openDevStore() });

/** Answers one API request with the current code. */
export function fetchApi(request: Request): Response | Promise<Response> {
  return app.fetch(request);
}
