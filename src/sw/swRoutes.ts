import { ARTICLE_CACHE, IMAGE_CACHE, LIST_CACHE } from './cacheNames';

// What the service worker does with each kind of request, as data, so that the rules can be read
// in one place and tested without a browser. sw.ts turns each rule into a Workbox route.

/** How a runtime cache answers: network first (with a timeout), stale-while-revalidate, or cache first. */
export type StrategyName = 'network-first' | 'stale-while-revalidate' | 'cache-first';

/** One runtime caching rule: which GET requests, how they are answered, and the cache's bounds. */
export interface RuntimeRule {
  name: string;
  matches: (url: URL, sameOrigin: boolean) => boolean;
  strategy: StrategyName;
  cacheName: string;
  /** Network-first only: seconds before the cached copy is used instead. */
  networkTimeoutSeconds?: number;
  maxEntries: number;
  maxAgeSeconds: number;
}

const DAY = 24 * 60 * 60;

// News lists worth keeping for offline reading. Not here, on purpose: /api/feed/updates (a stale
// "N new stories" count would mislead; so would My News's "N new since your last visit", asked for
// with `since`), /api/rates and /api/cities (the converter and the city
// picker keep their own copies in localStorage), search, health and every POST.
const LIST_PATH = /^\/api\/(?:feed|top-stories|most-read|sections|topics\/[^/]+|persons\/[^/]+|galleries(?:\/\d+)?|infographics(?:\/\d+)?)$/;
const ARTICLE_PATH = /^\/api\/articles\/[1-9]\d{0,15}$/;
const IMAGE_PATH = /\.(?:webp|avif|png|jpe?g|gif|svg)$/i;

/** The runtime caches, first match wins. */
export const RUNTIME_RULES: readonly RuntimeRule[] = [
  {
    name: 'lists',
    matches: (url, sameOrigin) => sameOrigin && (LIST_PATH.test(url.pathname) || (url.pathname === '/api/following' && !url.searchParams.has('since'))),
    strategy: 'network-first',
    cacheName: LIST_CACHE,
    networkTimeoutSeconds: 3,
    maxEntries: 60,
    maxAgeSeconds: 7 * DAY,
  },
  {
    name: 'articles',
    matches: (url, sameOrigin) => sameOrigin && ARTICLE_PATH.test(url.pathname),
    strategy: 'stale-while-revalidate',
    cacheName: ARTICLE_CACHE,
    maxEntries: 20,
    maxAgeSeconds: 30 * DAY,
  },
  {
    // Same-origin pictures only: pictures of other sites load without CORS, and their opaque
    // answers cannot be checked (an error page would be kept as the picture), so they are never stored.
    name: 'images',
    matches: (url, sameOrigin) => sameOrigin && url.pathname.startsWith('/images/') && IMAGE_PATH.test(url.pathname),
    strategy: 'cache-first',
    cacheName: IMAGE_CACHE,
    maxEntries: 200,
    maxAgeSeconds: 30 * DAY,
  },
];

/** Only complete answers are stored: never 4xx/5xx, partial (206) or opaque (status 0) ones. */
export const CACHEABLE_STATUSES: readonly number[] = [200];

/** The rule for a GET request, or undefined when the service worker leaves it to the network. */
export function runtimeRuleFor(url: URL, origin: string): RuntimeRule | undefined {
  const sameOrigin = url.origin === origin;
  return RUNTIME_RULES.find((rule) => rule.matches(url, sameOrigin));
}

/**
 * True for a navigation the app shell answers: every page of the app. Not the API, built files,
 * anything with a file extension (robots.txt, sw.js, the manifest), which the server answers itself.
 */
export function isAppNavigation(url: URL): boolean {
  const path = url.pathname;
  if (path.startsWith('/api/') || path === '/api' || path.startsWith('/assets/') || path.startsWith('/images/') || path.startsWith('/icons/')) return false;
  const last = path.split('/').at(-1) ?? '';
  return !/\.[a-z0-9]{1,12}$/i.test(last);
}

// The widths of one picture share its name up to "-<width>.<extension>" (/images/demo/x-800.webp,
// /images/feeds/<key>-480.webp).
const PICTURE_WIDTH = /^(\/images\/.+)-([1-9]\d{1,4})\.(webp|avif|png|jpe?g)$/i;

/**
 * Offline, a picture the device does not keep at the width the browser chose (its srcset picks by
 * window size) may be kept at another: of the `kept` paths, the same picture at its widest, or null.
 */
export function samePictureAtAnotherWidth(path: string, kept: readonly string[]): string | null {
  const wanted = PICTURE_WIDTH.exec(path);
  if (wanted === null) return null;
  let best: string | null = null;
  let bestWidth = 0;
  for (const candidate of kept) {
    const match = PICTURE_WIDTH.exec(candidate);
    if (match === null || match[1] !== wanted[1] || match[3] !== wanted[3]) continue;
    const width = Number(match[2]);
    if (width > bestWidth) {
      best = candidate;
      bestWidth = width;
    }
  }
  return best;
}
