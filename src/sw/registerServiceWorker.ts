import { SERVICE_WORKER_POLICY } from '../contract/trustedTypes';
import { offerUpdate } from '../lib/appUpdate';
import { renderedFromPaths } from '../lib/renderSnapshot';

// Registration of the service worker, loaded after the page (never part of the first load). It
// reports a new version to the page (the "A new version is available — Reload" prompt) and lets it
// run only when the reader asks, so nothing changes under a reader mid-article.

const SCRIPT = '/sw.js';
const HOUR = 60 * 60 * 1000;
const MIN_CHECK_GAP = 5 * 60 * 1000;

// The first visit is not controlled until the worker activates: ask it to keep what the page has
// already fetched (pictures, API answers) and the API answers the server rendered it from (the feed,
// top stories), so that it reads offline after this one visit.
function keepWhatWasFetched(worker: ServiceWorker): void {
  const fetched = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => {
      const url = new URL(name);
      return url.origin === window.location.origin && (url.pathname.startsWith('/api/') || url.pathname.startsWith('/images/'));
    });
  const urlsToCache = [...fetched, ...renderedFromPaths().map((path) => new URL(path, window.location.origin).href)];
  worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: [...new Set(urlsToCache)] } });
}

// The page enforces Trusted Types, and register() takes only a TrustedScriptURL: this policy makes
// one, for the app's own worker script and nothing else (created once: the CSP allows no duplicate).
let policy: Pick<TrustedTypePolicy, 'createScriptURL'> | null | undefined;
function scriptUrl(): TrustedScriptURL | string {
  policy ??=
    window.trustedTypes?.createPolicy(SERVICE_WORKER_POLICY, {
      createScriptURL: (url: string) => {
        if (url !== SCRIPT) throw new TypeError(`${SERVICE_WORKER_POLICY} makes only ${SCRIPT}, not ${url}`);
        return url;
      },
    }) ?? null;
  return policy?.createScriptURL(SCRIPT) ?? SCRIPT;
}

/** Registers /sw.js, offers updates to the reader, and checks for one hourly, on return to the tab and on reconnecting. */
export async function registerServiceWorker(): Promise<ServiceWorkerRegistration> {
  const container = navigator.serviceWorker;
  const hadController = container.controller !== null;
  let reloadRequested = false;
  const registration = await container.register(scriptUrl(), { scope: '/' });

  const reload = () => {
    const waiting = registration.waiting;
    if (waiting === null) {
      window.location.reload();
      return;
    }
    reloadRequested = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  const offerIfWaiting = () => {
    if (registration.waiting !== null && container.controller !== null) offerUpdate(reload);
  };

  offerIfWaiting();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offerIfWaiting();
    });
  });
  container.addEventListener('controllerchange', () => {
    // This tab asked for the new version: run it. Another tab did: this one keeps running its
    // version (its files are still served) and offers the reload.
    if (reloadRequested) window.location.reload();
    else if (hadController) offerUpdate(reload);
  });

  let lastCheck = Date.now();
  const check = () => {
    if (Date.now() - lastCheck < MIN_CHECK_GAP) return;
    lastCheck = Date.now();
    registration.update().catch(() => undefined); // offline: the next check will do
  };
  setInterval(check, HOUR);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  window.addEventListener('online', check);

  if (!hadController) {
    const ready = await container.ready;
    if (ready.active !== null) keepWhatWasFetched(ready.active);
  }
  return registration;
}
