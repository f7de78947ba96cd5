import * as z from 'zod/mini';
import type { City } from '../../contract/schemas';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../../lib/zonedTime';

/** A city of the list as a choice, kept whole so that it applies offline too. */
export interface ListedCity {
  kind: 'city';
  id: string;
  name: string;
  timeZone: string;
}

/** What the reader chose: a city of the list or the browser's own zone. */
export type CityChoice = ListedCity | { kind: 'local' };

/** The choice as the app uses it: what to call it and the zone it means. */
export interface ChosenCity {
  choice: CityChoice;
  label: string;
  timeZone: string;
}

/** Moscow, the agency's own city: the default, and what any unusable stored value falls back to. */
export const DEFAULT_CITY: ListedCity = { kind: 'city', id: 'moscow', name: 'Moscow', timeZone: DEFAULT_TIME_ZONE };

/** The label of the browser's own zone. */
export const LOCAL_LABEL = 'My local time';

// Only zod parts the first load already carries: a discriminated union with checks would add 1 KiB gzip.
const StoredChoice = z.object({
  kind: z.enum(['city', 'local']),
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  timeZone: z.optional(z.string()),
});

/** The browser's own IANA zone, or null when it has none this app can use. */
export function localTimeZone(): string | null {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return typeof zone === 'string' && isValidTimeZone(zone) ? zone : null;
}

/** A choice with its label and zone; the browser's zone falls back to Moscow when it has none. */
export function resolveChoice(choice: CityChoice): ChosenCity {
  if (choice.kind === 'city') return { choice, label: choice.name, timeZone: choice.timeZone };
  return { choice, label: LOCAL_LABEL, timeZone: localTimeZone() ?? DEFAULT_TIME_ZONE };
}

/** A city of the API's list as a choice, or null when this browser does not know its zone. */
export function cityChoice(city: City): ListedCity | null {
  return isValidTimeZone(city.timeZone) ? { kind: 'city', id: city.id, name: city.name, timeZone: city.timeZone } : null;
}

/** Reads a stored choice (its JSON) back: anything missing, malformed, oversized or naming a zone this browser rejects gives Moscow. */
export function parseChoice(json: unknown): CityChoice {
  const parsed = StoredChoice.safeParse(json);
  if (!parsed.success) return DEFAULT_CITY;
  const { kind, id = '', name = '', timeZone = '' } = parsed.data;
  if (kind === 'local') return { kind };
  if (!/^[a-z0-9-]{1,64}$/.test(id) || name.trim() === '' || name.length > 80 || timeZone.length > 64 || !isValidTimeZone(timeZone)) return DEFAULT_CITY;
  return { kind, id, name, timeZone };
}
