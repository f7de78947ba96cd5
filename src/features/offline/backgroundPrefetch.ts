import { connectionHints, meteredReason, readPrefetchCount } from './prefetchSettings';
import { prefetchSections, type PrefetchResult } from './prefetchSections';
import { readSectionChoice } from './readSectionChoice';

const MIN_GAP_MS = 15 * 60 * 1000;
let lastRun = 0;
let running: Promise<PrefetchResult | null> | null = null;

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Downloads the newest stories of the reader's sections within their budget, at most every 15
 * minutes (`force` for a change of setting), never on a metered or Save-Data connection or offline.
 * Resolves to what was kept, or null when it did not run.
 */
export function runBackgroundPrefetch(force = false): Promise<PrefetchResult | null> {
  if (running !== null) return running;
  if (!force && Date.now() - lastRun < MIN_GAP_MS) return Promise.resolve(null);
  if (!navigator.onLine || typeof caches === 'undefined') return Promise.resolve(null);
  const count = readPrefetchCount();
  if (count > 0 && meteredReason(connectionHints()) !== null) return Promise.resolve(null);
  lastRun = Date.now();
  running = prefetchSections(readSectionChoice(localStorageOrUndefined()), count)
    .catch(() => null) // offline mid-way or storage full: the next run tries again
    .finally(() => {
      running = null;
    });
  return running;
}
