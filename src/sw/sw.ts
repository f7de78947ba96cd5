/// <reference lib="webworker" />
// Newswire's service worker (built by vite-plugin-pwa, injectManifest): the app shell from the
// precache, every page answered offline, the news kept in bounded runtime caches (swRoutes.ts).
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate, type Strategy } from 'workbox-strategies';
import { BACKGROUND_HEADER, IMAGE_CACHE, PREFETCH_CACHE, SAVED_AT_HEADER } from './cacheNames';
import { CACHEABLE_STATUSES, isAppNavigation, RUNTIME_RULES, samePictureAtAnotherWidth, type RuntimeRule } from './swRoutes';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

// Every built file of this version (index.html, all JS and CSS chunks, lazy routes included,
// icons, the manifest), replaced as a whole when a new version activates.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// The first visit is controlled as soon as the worker is active (so what the reader opens next is
// kept); later versions wait for the reader's "Reload" (SKIP_WAITING below).
clientsClaim();
self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Every stored copy says when it was fetched, so the app can show "as of <time>" for it.
const stampCopy: WorkboxPlugin = {
  cacheWillUpdate: ({ response }) => {
    const headers = new Headers(response.headers);
    const served = Date.parse(response.headers.get('Date') ?? '');
    headers.set(SAVED_AT_HEADER, new Date(Number.isNaN(served) ? Date.now() : served).toISOString());
    return Promise.resolve(new Response(response.body, { status: response.status, statusText: response.statusText, headers }));
  },
};

// An article never opened (or its photo) may still be on the device: fetched in the background from
// the reader's sections. A photo is kept there at one width; the page may ask for another.
const prefetchedCopy: WorkboxPlugin = {
  handlerDidError: async ({ request }) => {
    const exact = await caches.match(request, { cacheName: PREFETCH_CACHE });
    if (exact !== undefined) return exact;
    const { pathname } = new URL(request.url);
    for (const name of [PREFETCH_CACHE, IMAGE_CACHE]) {
      const cache = await caches.open(name);
      const other = samePictureAtAnotherWidth(pathname, (await cache.keys()).map((r) => new URL(r.url).pathname));
      if (other !== null) return (await cache.match(other)) ?? undefined;
    }
    return undefined;
  },
};

function strategyFor(rule: RuntimeRule): Strategy {
  const plugins: WorkboxPlugin[] = [
    new CacheableResponsePlugin({ statuses: [...CACHEABLE_STATUSES] }),
    stampCopy,
    new ExpirationPlugin({ maxEntries: rule.maxEntries, maxAgeSeconds: rule.maxAgeSeconds, purgeOnQuotaError: true }),
  ];
  if (rule.strategy === 'network-first') return new NetworkFirst({ cacheName: rule.cacheName, networkTimeoutSeconds: rule.networkTimeoutSeconds, plugins });
  if (rule.strategy === 'stale-while-revalidate') return new StaleWhileRevalidate({ cacheName: rule.cacheName, plugins: [...plugins, prefetchedCopy] });
  return new CacheFirst({ cacheName: rule.cacheName, plugins: [...plugins, prefetchedCopy] });
}

// Background downloads (prefetchSections.ts) keep their own cache: they must not push the articles
// the reader opened out of theirs.
for (const rule of RUNTIME_RULES) {
  registerRoute(
    ({ url, request }) => request.method === 'GET' && !request.headers.has(BACKGROUND_HEADER) && rule.matches(url, url.origin === self.location.origin),
    strategyFor(rule),
  );
}

// Pages: the precached shell for every app route; the app then shows the page, or its own offline page.
const shell = createHandlerBoundToURL('/index.html');
registerRoute(({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin && isAppNavigation(url), shell);
