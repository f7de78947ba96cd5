import { useSyncExternalStore } from 'react';
import type { Mutable } from './mutes';

// The test of the reader's mutes for every list, without the mutes' code on the first load: most
// readers mute nothing, so src/lib/mutes.ts loads only when this device keeps a mute, when another tab
// stores one, or when a Mute control (which imports it) is on the page; it then provides the test.

/** Where the mutes are stored (src/lib/mutes.ts keeps them there). */
export const MUTES_KEY = 'newswire.mutes';

type Test = (story: Mutable) => boolean;
const NOTHING: Test = () => false;

let test = NOTHING;
let watched = false;
const listeners = new Set<() => void>();

/** Called by src/lib/mutes.ts once loaded: from now on the lists follow its test. */
export function provideMuteTest(subscribe: (listener: () => void) => unknown, current: () => Test): void {
  const update = () => {
    test = current();
    listeners.forEach((listener) => listener());
  };
  subscribe(update);
  update();
}

const load = () => void import('./mutes').catch(() => undefined);

function subscribe(listener: () => void) {
  if (!watched) {
    watched = true;
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(MUTES_KEY);
    } catch {
      // storage blocked: nothing is muted on this device
    }
    if (stored !== null && stored !== '[]') load();
    else window.addEventListener('storage', (event) => event.key === MUTES_KEY && load());
  }
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The test of the reader's mutes, re-rendering on change (hides nothing while the page is rendered on the server or hydrated). */
export function useMuteTest(): Test {
  return useSyncExternalStore(subscribe, () => test, () => NOTHING);
}
