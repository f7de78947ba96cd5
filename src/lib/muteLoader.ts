import { useSyncExternalStore, type ComponentType } from 'react';
import type { Mutable } from './mutes';

// The reader's mutes for every list, without their code on the first load: most readers mute nothing,
// so the mutes (src/lib/mutes.ts, with the lists' note, src/components/MutedNotice.tsx) load only when
// this device keeps a mute, when another tab stores one, or with a Mute control; they then provide
// the test and the note here.

/** Where the mutes are stored (src/lib/mutes.ts keeps them there). */
export const MUTES_KEY = 'newswire.mutes';

/** What the loaded mutes provide: the test of a story, and the note of a list that hides some. */
export interface MutesInUse {
  test: (story: Mutable) => boolean;
  Notice: ComponentType<{ hidden: number; showing: boolean; onToggle: () => void }> | null;
}

const NOTHING: MutesInUse = { test: () => false, Notice: null };

let current = NOTHING;
let watched = false;
const listeners = new Set<() => void>();

/** Called by src/components/MutedNotice.tsx once loaded: from now on the lists follow the mutes. */
export function provideMutes(subscribe: (listener: () => void) => unknown, get: () => MutesInUse): void {
  const update = () => {
    current = get();
    listeners.forEach((listener) => listener());
  };
  subscribe(update);
  update();
}

const load = () => void import('../components/MutedNotice').catch(() => undefined);

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

/** The reader's mutes, re-rendering on change (nothing muted while the page is rendered on the server or hydrated). */
export function useMutes(): MutesInUse {
  return useSyncExternalStore(subscribe, () => current, () => NOTHING);
}
