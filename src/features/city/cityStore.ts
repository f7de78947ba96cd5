import { useSyncExternalStore } from 'react';
import { useRenderSnapshot } from '../../lib/renderSnapshot';
import type { City } from '../../contract/schemas';
import { notifyChoicesChanged } from '../../lib/choicesChanged';
import { createDeviceStore } from '../../lib/deviceStore';
import { cityChoice, DEFAULT_CITY, parseChoice, resolveChoice, type CityChoice, type ChosenCity } from './storedCity';

// The reader's city lives in localStorage (src/lib/deviceStore.ts), read back through parseChoice
// (so a value written by hand, by another tab or by an older version is validated too).

/** The localStorage key of the chosen city. */
export const CITY_STORAGE_KEY = 'newswire.city';

const store = createDeviceStore<CityChoice>(CITY_STORAGE_KEY, parseChoice, DEFAULT_CITY);
let resolved: { choice: CityChoice; city: ChosenCity } | undefined;

/** The stored choice, read afresh. */
export const readStoredChoice = store.read;

/** The reader's city now (the same object until the stored value changes). */
export function chosenCity(): ChosenCity {
  const choice = store.get();
  if (resolved?.choice !== choice) resolved = { choice, city: resolveChoice(choice) };
  return resolved.city;
}

/** The reader's city; re-renders the caller when it changes (in this tab or another). */
export function useChosenCity(): ChosenCity {
  // A page rendered on the server hydrates in the city it was rendered for, then takes the stored one.
  const rendered = useRenderSnapshot()?.city;
  return useSyncExternalStore(store.subscribe, chosenCity, () => rendered ?? chosenCity());
}

/** Saves the reader's choice and applies it everywhere (for this visit only when storage refuses it). */
export function chooseCity(choice: CityChoice): void {
  store.set(choice);
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
