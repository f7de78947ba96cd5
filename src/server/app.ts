import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { compress } from 'hono/compress';
import { createApi, type ApiLimits } from './api';
import { isAppRoute } from './appRoutes';
import { decodeFirstPaint, FIRST_PAINT_COOKIE } from '../contract/firstPaint';
import { appPageHtml } from './html/appPage';
import { previousAssetsDir } from './previousAssets';
import { ApiProblem } from './http/ApiProblem';
import { createResponseCache, type ResponseCache } from './http/createResponseCache';
import { htmlCsp, securityHeaders, styleHashes } from './http/securityHeaders';
import type { Store } from './store/createStore';

/** What the server needs: the store, a clock, and (in production) the built client. */
export interface AppOptions {
  store: Store;
  now?: () => number;
  /** Directory of the built client (dist/client); without it only the API is served (dev, tests). */
  clientDir?: string;
  /** The site's public origin for canonical and preview URLs (default: the request's own origin). */
  publicOrigin?: string;
  /** Where internal errors are reported; never to the client. */
  logError?: (error: unknown) => void;
  /** The API's response cache; main.ts passes its own to answer cached requests before the app. */
  cache?: ResponseCache;
  /** Per-client limits of the API (default API_LIMITS); tests that hammer the API on purpose raise them. */
  limits?: ApiLimits;
}

const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';

function clientKey(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local'; // in-process requests (tests) have no socket
  }
}

/** The whole server: the JSON API under /api and, given `clientDir`, the built app with deep links. */
export function createApp({ store, now = Date.now, clientDir, publicOrigin, logError = console.error, cache, limits }: AppOptions): Hono {
  const app = new Hono();
  const responses = cache ?? createResponseCache({ version: () => store.contentVersion() });

  app.onError((error, c) => {
    if (error instanceof ApiProblem) {
      c.header('Cache-Control', 'no-store');
      return c.json({ error: { code: error.code, message: error.message } }, error.status);
    }
    logError(error);
    c.header('Cache-Control', 'no-store');
    return c.json({ error: { code: 'internal', message: INTERNAL_MESSAGE } }, 500);
  });

  app.use('/api/*', responses.recorder); // outermost: sees the headers as they finally leave
  app.use('*', securityHeaders());
  app.use('*', compress());
  app.route('/api', createApi({ store, now, clientKey, cache: responses, limits }));

  if (clientDir !== undefined) mountClient(app, store, clientDir, publicOrigin);
  return app;
}

function staticCacheControl(path: string, contentType: string): string {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (contentType.startsWith('text/html') || path === '/sw.js' || path.endsWith('.webmanifest')) return 'no-cache';
  return 'public, max-age=86400';
}

// index.html as built last: read again whenever the file changes, so a new build is served without
// a restart; while a build is rewriting it (missing or empty), the last complete one is kept.
// With it, the page's CSP: it allows the styles inlined into this index.html by their hashes.
function latestIndexHtml(clientDir: string): () => { html: string; csp: string } {
  const path = join(clientDir, 'index.html');
  const load = () => {
    const html = readFileSync(path, 'utf8');
    return { html, csp: htmlCsp(styleHashes(html)) };
  };
  let page = load();
  let seen = '';
  return () => {
    try {
      const stat = statSync(path);
      const key = `${String(stat.mtimeMs)}:${String(stat.size)}`;
      if (key !== seen && stat.size > 0) {
        page = load();
        seen = key;
      }
    } catch {
      // Mid-build: keep serving the previous page.
    }
    return page;
  };
}

// The first deploy has no earlier build: the directory appears with the second, without a restart.
function previousAssets(dir: string): MiddlewareHandler {
  let serve: MiddlewareHandler | null = null;
  return async (c, next) => {
    if (serve === null && existsSync(dir)) serve = serveStatic({ root: dir, precompressed: true });
    if (serve === null) {
      await next();
      return;
    }
    return serve(c, next);
  };
}

// The built files (hashed assets cached for a year; the HTML and service worker always revalidated),
// the hashed files of earlier builds (tabs still running them load their lazy chunks after a deploy),
// and index.html for every app route, with 404 for paths the app does not have.
function mountClient(app: Hono, store: Store, clientDir: string, publicOrigin: string | undefined): void {
  const indexHtml = latestIndexHtml(clientDir);
  app.use('*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/api/')) return;
    // index.html, as an app route or as the file (the service worker caches the file's answer).
    if ((c.res.headers.get('Content-Type') ?? '').startsWith('text/html')) c.res.headers.set('Content-Security-Policy', indexHtml().csp);
    if (c.res.headers.has('Cache-Control')) return;
    c.res.headers.set('Cache-Control', staticCacheControl(c.req.path, c.res.headers.get('Content-Type') ?? ''));
  });
  const page = (c: Context) => {
    const path = c.req.path;
    const known = isAppRoute(path, (id) => store.hasArticle(id));
    if (known === 'file') return c.text('Not found', 404, { 'Cache-Control': 'no-store' });
    c.header('Cache-Control', 'no-cache');
    if (known === 'missing') return c.html(indexHtml().html, 404);
    const url = new URL(c.req.url);
    c.header('Vary', 'Cookie, Save-Data', { append: true }); // the page is drawn for the reader (html/appPage.ts)
    const reader = { paint: decodeFirstPaint(getCookie(c, FIRST_PAINT_COOKIE)), saveData: c.req.header('Save-Data')?.trim().toLowerCase() === 'on' };
    return c.html(appPageHtml(indexHtml().html, path, url.searchParams, publicOrigin ?? url.origin, store, reader), 200);
  };
  app.get('/', page); // before the files: `/` is a page with its own preloads, not the bare index.html
  app.use('*', serveStatic({ root: clientDir, precompressed: true }));
  app.use('/assets/*', previousAssets(previousAssetsDir(clientDir)));
  app.get('*', page);
}
