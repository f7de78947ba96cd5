import { resolve } from 'node:path';
import type { Hono } from 'hono';
import { createApp } from './app';
import { renderPage } from './render/renderPage';
import { createStore, type Store } from './store/createStore';
import { openDatabase, type Db } from './store/openDatabase';
import { reanchorDemo, seedDemo } from './seed/seedDemo';
import { loadBundledRates } from './rates/loadBundledRates';

// `npm run dev` loads this module through Vite on each change; the database connection outlives
// reloads (kept on globalThis) while the routes and the page renderer are rebuilt from the edited code.
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

const store = await openDevStore();
const app = createApp({ store });
// Pages: the same app with the renderer's source (Vite's module graph reloads it on every edit), rendered into
// Vite's index.html (its client and /src/main.tsx); kept while that template stays the same.
let pages: { template: string; app: Hono } | null = null;

/** Answers one API request with the current code. */
export function fetchApi(request: Request): Response | Promise<Response> {
  return app.fetch(request);
}

/** Answers one page request with the current code: rendered on the server into `template`, as `npm start` does. */
export function fetchPage(request: Request, template: string): Response | Promise<Response> {
  if (pages?.template !== template) pages = { template, app: createApp({ store, renderPage, template }) };
  return pages.app.fetch(request);
}
