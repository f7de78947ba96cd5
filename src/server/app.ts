import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { createApi, type ApiLimits } from './api';
import { isAppRoute } from './appRoutes';
import { READER_COOKIE } from '../contract/readerCookie';
import { previousAssetsDir } from './previousAssets';
import { pageAssets } from './render/pageAssets';
import { pageHtml } from './render/pageHtml';
import { readerSnapshot } from './render/readerSnapshot';
import type { RenderedPage, RenderRequest } from './render/renderPage';
import { ApiProblem } from './http/ApiProblem';
import { createResponseCache, type ResponseCache } from './http/createResponseCache';
import { clientAddress } from './http/clientAddress';
import { htmlCsp, scriptHashes, securityHeaders, styleHashes } from './http/securityHeaders';
import { servePictures } from './images/servePictures';
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
  /** The cache of rendered pages; main.ts passes its own to answer cached pages before the app. */
  pages?: ResponseCache;
  /** The page renderer (src/server/render/renderPage.tsx: its build in production, the source in tests). */
  renderPage?: (request: RenderRequest) => Promise<RenderedPage>;
  /** Per-client limits of the API (default API_LIMITS); tests that hammer the API on purpose raise them. */
  limits?: ApiLimits;
  /** Proxies whose X-Forwarded-For names the client, for the limits (TRUST_PROXY; default none). */
  trustedProxies?: ReadonlySet<string>;
  /** Directory of the feeds' pictures stored at ingest (served at /images/feeds/); without it none are served. */
  picturesDir?: string;
  /** The index.html pages are rendered into when there is no built client (`npm run dev`: Vite's own). */
  template?: string;
}

const MINUTE_MS = 60_000;

/** True when a Save-Data header asks for it ("on"). */
export function savesData(header: string | undefined): boolean {
  return header?.trim().toLowerCase() === 'on';
}

/** The page cache's key part for a request's headers: only the reader cookie and Save-Data change a page. */
export function readerVariant({ cookie, saveData }: { cookie: string | undefined; saveData: string | undefined }): string {
  const reader = cookie === undefined ? '' : (new RegExp(`(?:^|;\\s*)${READER_COOKIE}=([^;]*)`).exec(cookie)?.[1] ?? '');
  return `${reader}${savesData(saveData) ? '\nsave-data' : ''}`;
}

/**
 * A cache of rendered pages: valid while the stored content, the minute (pages show ages and a clock)
 * and the built index.html they are rendered into (a new build) are the same.
 */
export function createPageCache(store: Store, now: () => number = Date.now, clientDir?: string): ResponseCache {
  const template = clientDir === undefined ? () => ({ key: '' }) : latestIndexHtml(clientDir, []);
  return createResponseCache({
    version: () => `${store.contentVersion()}:${String(Math.floor(now() / MINUTE_MS))}:${template().key}`,
    contentType: 'text/html',
    serves: (path) => !path.startsWith('/api/') && !path.startsWith('/assets/'),
    variant: readerVariant,
    maxEntries: 2000,
    maxBytes: 128 * 1024 * 1024,
  });
}

const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';

function clientKeyOf(trusted: ReadonlySet<string>): (c: Context) => string {
  return (c) => {
    let remote: string | undefined;
    try {
      remote = getConnInfo(c).remote.address;
    } catch {
      remote = undefined; // in-process requests (tests) have no socket
    }
    return clientAddress(remote ?? 'local', c.req.header('X-Forwarded-For'), trusted);
  };
}

/** The whole server: the JSON API under /api and, given `clientDir`, the built app with deep links. */
export function createApp({ store, now = Date.now, clientDir, publicOrigin, logError = console.error, cache, pages, renderPage, limits, trustedProxies = new Set(), template, picturesDir }: AppOptions): Hono {
  const app = new Hono();
  const responses = cache ?? createResponseCache({ version: () => store.contentVersion() });
  const pageCache = pages ?? createPageCache(store, now, clientDir);

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
  app.use('*', pageCache.recorder);
  app.use('*', securityHeaders());
  app.use('*', compress());
  if (picturesDir !== undefined) app.get('/images/feeds/:file', servePictures(picturesDir));
  app.route('/api', createApi({ store, now, clientKey: clientKeyOf(trustedProxies), cache: responses, limits }));

  if (clientDir !== undefined && renderPage === undefined) throw new Error('createApp: serving the built client needs its page renderer (renderPage).');
  if (renderPage !== undefined) mountClient(app, { now, clientDir, template, publicOrigin, renderPage, pageCache, logError });
  return app;
}

function staticCacheControl(path: string, contentType: string): string {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (contentType.startsWith('text/html') || path === '/sw.js' || path.endsWith('.webmanifest')) return 'no-cache';
  return 'public, max-age=86400';
}

// index.html as built last: read again whenever the file changes, so a new build is served without
// a restart; while a build is rewriting it (missing or empty), the last complete one is kept.
// With it, the page's CSP: it allows by their hashes the styles inlined into this index.html and `pageStyles`.
function latestIndexHtml(clientDir: string, pageStyles: readonly string[]): () => { html: string; csp: string; key: string } {
  const path = join(clientDir, 'index.html');
  const load = () => {
    const html = readFileSync(path, 'utf8');
    return { html, csp: htmlCsp([...styleHashes(html), ...pageStyles], scriptHashes(html)), key: createHash('sha1').update(html).digest('base64url') };
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

// Cache-Control of a page: shared for a reader without personal choices, for as long as the API's
// lists (articles a little longer); a stale copy may be served while revalidating, and for a day when
// the server fails. A page rendered for one reader's choices is theirs alone.
function pageCacheControl(personal: boolean, status: number, routeId: string | undefined): string {
  if (personal) return 'private, no-cache';
  if (status !== 200) return 'public, max-age=60';
  if (routeId === 'article') return 'public, max-age=60, stale-while-revalidate=300, stale-if-error=86400';
  return 'public, max-age=30, stale-while-revalidate=60, stale-if-error=86400';
}

interface ClientOptions {
  now: () => number;
  clientDir: string | undefined;
  template: string | undefined;
  publicOrigin: string | undefined;
  renderPage: (request: RenderRequest) => Promise<RenderedPage>;
  pageCache: ResponseCache;
  logError: (error: unknown) => void;
}

const FALLBACK_TEMPLATE = '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><!--page-head--><title>Newswire</title><!--/page-head--></head><body><div id="root"></div></body></html>';

// Every page is rendered by the app's components on the server (src/server/render/), then hydrated by
// the browser. Alongside: the built files (hashed assets cached for a year; the HTML and service worker
// always revalidated), the hashed files of earlier builds (tabs still running them load their lazy
// chunks after a deploy), and 404 for missing files.
function mountClient(app: Hono, { now, clientDir, template = FALLBACK_TEMPLATE, publicOrigin, renderPage, pageCache, logError }: ClientOptions): void {
  const fixed = { html: template, csp: htmlCsp(styleHashes(template), scriptHashes(template)), key: '' };
  const assets = pageAssets(clientDir);
  // The CSP allows the styles of index.html and those of every page (inlined by the pages that use them).
  const indexHtml = clientDir === undefined ? () => fixed : latestIndexHtml(clientDir, assets.styleHashes);
  const fetchApi = (path: string, init: RequestInit) => Promise.resolve(app.request(path, init));
  app.use('*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/api/')) return;
    // index.html, as a page or as the file (the service worker caches the file's answer).
    if ((c.res.headers.get('Content-Type') ?? '').startsWith('text/html')) c.res.headers.set('Content-Security-Policy', indexHtml().csp);
    if (c.res.headers.has('Cache-Control')) return;
    c.res.headers.set('Cache-Control', staticCacheControl(c.req.path, c.res.headers.get('Content-Type') ?? ''));
  });
  const page = async (c: Context) => {
    const path = c.req.path;
    if (isAppRoute(path) === 'file') return c.text('Not found', 404, { 'Cache-Control': 'no-store' });
    const url = new URL(c.req.url);
    const { snapshot, personal } = readerSnapshot(getCookie(c, READER_COOKIE), path, url.searchParams, publicOrigin ?? url.origin, now());
    let rendered: RenderedPage;
    try {
      rendered = await renderPage({ url, snapshot, fetchApi });
    } catch (error) {
      // The shell: the browser's app renders the page itself and says what went wrong.
      logError(error);
      return c.html(indexHtml().html, 500, { 'Cache-Control': 'no-store' });
    }
    if (rendered.redirect !== undefined) return c.redirect(rendered.redirect + url.search, 301);
    c.header('Cache-Control', pageCacheControl(personal, rendered.status, rendered.routeIds.at(-1)));
    // A browser saving data gets no picture preload (its pictures wait for a tap), so caches keep both answers.
    c.header('Vary', 'Save-Data', { append: true });
    const saveData = savesData(c.req.header('Save-Data'));
    const status = rendered.status === 404 ? 404 : 200;
    return c.html(pageHtml(indexHtml().html, rendered, { assets: assets.tags(rendered.modules), saveData }), status);
  };
  const pages = [etag({ weak: true }), pageCache.middleware, page] as const;
  app.get('/', ...pages); // before the files: `/` is a page, not the bare index.html
  if (clientDir !== undefined) {
    app.use('*', serveStatic({ root: clientDir, precompressed: true }));
    app.use('/assets/*', previousAssets(previousAssetsDir(clientDir)));
  }
  app.get('*', ...pages);
}
