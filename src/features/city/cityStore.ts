import { useSyncExternalStore } from 'react';
import { useRenderSnapshot } from '../../lib/renderSnapshot';
import type { City } from '../../contract/schemas';
import { notifyChoicesChanged } from '../../lib/choicesChanged';
import { cityChoice, DEFAULT_CITY, parseStoredChoice, resolveChoice, serializeChoice, type CityChoice, type ChosenCity } from './storedCity';

// The reader's city lives in localStorage, read back through parseStoredChoice on every change
// (so a value written by hand, by another tab or by an older version is validated too).

/** The localStorage key of the chosen city. */
export const CITY_STORAGE_KEY = 'newswire.city';

const listeners = new Set<() => void>();
// When storage is disabled or full, the choice still holds for this visit.
let unsaved: string | undefined;
let cached: { raw: string | null; city: ChosenCity } | undefined;

function readRaw(): string | null {
  if (unsaved !== undefined) return unsaved;
  try {
    return window.localStorage.getItem(CITY_STORAGE_KEY);
  } catch {
    return null;
  }
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}

function onStorage(event: StorageEvent): void {
  if (event.key === CITY_STORAGE_KEY || event.key === null) notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** The reader's city now (the same object until the stored value changes). */
export function chosenCity(): ChosenCity {
  const raw = readRaw();
  if (cached?.raw !== raw) cached = { raw, city: resolveChoice(parseStoredChoice(raw)) };
  return cached.city;
}

/** The reader's city; re-renders the caller when it changes (in this tab or another). */
export function useChosenCity(): ChosenCity {
  // A page rendered on the server hydrates in the city it was rendered for, then takes the stored one.
  const rendered = useRenderSnapshot()?.city;
  return useSyncExternalStore(subscribe, chosenCity, () => rendered ?? chosenCity());
}

/** Saves the reader's choice and applies it everywhere. */
export function chooseCity(choice: CityChoice): void {
  const raw = serializeChoice(choice);
  try {
    window.localStorage.setItem(CITY_STORAGE_KEY, raw);
    unsaved = undefined;
  } catch {
    unsaved = raw;
  }
  notify();
  notifyChoicesChanged();
}

/**
 * Brings a stored city in line with the server's list: a city no longer listed (or whose zone this
 * browser rejects) becomes Moscow; a renamed city or a changed zone is updated.
 */
export function reconcileCity(cities: readonly City[]): void {
  const { choice } = chosenCity();
  if (choice.kind !== 'city') return;
  const listed = cities.find((c) => c.id === choice.id);
  const current = listed === undefined ? null : cityChoice(listed);
  if (current === null) chooseCity(DEFAULT_CITY);
  else if (current.name !== choice.name || current.timeZone !== choice.timeZone) chooseCity(current);
}
