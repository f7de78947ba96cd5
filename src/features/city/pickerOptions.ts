import type { City } from '../../contract/schemas';
import { DEFAULT_TIME_ZONE } from '../../lib/zonedTime';
import { cityChoice, DEFAULT_CITY, LOCAL_LABEL, localTimeZone, type CityChoice, type ListedCity } from './storedCity';

/** One entry of the picker. */
export interface PickerOption {
  key: string;
  label: string;
  /** The zone's name, shown for "My local time" ("Europe/Berlin"). */
  detail?: string;
  timeZone: string;
  choice: CityChoice;
}

/** The option key of a choice, to mark the current one. */
export function optionKey(choice: CityChoice): string {
  return choice.kind === 'local' ? 'local' : `city:${choice.id}`;
}

function cityOption(city: ListedCity): PickerOption {
  return { key: optionKey(city), label: city.name, timeZone: city.timeZone, choice: city };
}

function localOption(): PickerOption {
  const zone = localTimeZone();
  return {
    key: 'local',
    label: LOCAL_LABEL,
    detail: zone ?? 'your browser does not say; Moscow time',
    timeZone: zone ?? DEFAULT_TIME_ZONE,
    choice: { kind: 'local' },
  };
}

/**
 * "My local time" first, then the server's cities (those whose zone this browser knows). Without the
 * list (loading, offline), Moscow and the reader's current city are still offered.
 */
export function pickerOptions(cities: readonly City[] | undefined, current: CityChoice): PickerOption[] {
  if (cities !== undefined) {
    return [localOption(), ...cities.flatMap((c) => {
      const choice = cityChoice(c);
      return choice === null ? [] : [cityOption(choice)];
    })];
  }
  const known = current.kind === 'city' && current.id !== DEFAULT_CITY.id ? [cityOption(current)] : [];
  return [localOption(), cityOption(DEFAULT_CITY), ...known];
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The options whose name or zone contains `query`, ignoring case and accents ("brasilia" finds Brasília). */
export function filterOptions(options: readonly PickerOption[], query: string): PickerOption[] {
  const q = fold(query.trim());
  if (q === '') return [...options];
  return options.filter((o) => fold(o.label).includes(q) || fold(o.timeZone.replaceAll('_', ' ')).includes(q));
}
