import { decodeReaderChoices } from '../../contract/readerCookie';
import { DEFAULT_CITY, LOCAL_LABEL } from '../../features/city/storedCity';
import type { RenderSnapshot } from '../../lib/renderSnapshot';
import { isValidTimeZone } from '../../lib/zonedTime';
import { CITIES } from '../cities';

const MINUTE_MS = 60_000;

/** What a page is rendered for, from the reader cookie (validated) and the clock; `personal` when it differs from the shared page. */
export function readerSnapshot(cookie: string | undefined, path: string, search: URLSearchParams, origin: string, now: number): { snapshot: RenderSnapshot; personal: boolean } {
  const choices = decodeReaderChoices(cookie);
  const minute = now - (now % MINUTE_MS);
  let city: RenderSnapshot['city'] = { choice: DEFAULT_CITY, label: DEFAULT_CITY.name, timeZone: DEFAULT_CITY.timeZone };
  const chosen = choices?.city ?? null;
  if (chosen?.kind === 'city') {
    const listed = CITIES.find((c) => c.id === chosen.id);
    if (listed !== undefined && listed.id !== DEFAULT_CITY.id) city = { choice: { kind: 'city', ...listed }, label: listed.name, timeZone: listed.timeZone };
  } else if (chosen?.kind === 'local' && isValidTimeZone(chosen.timeZone)) {
    city = { choice: { kind: 'local' }, label: LOCAL_LABEL, timeZone: chosen.timeZone };
  }
  // The feed's remembered filter matters only to `/` without a filter in its address.
  const sections = path === '/' && !search.has('sections') ? (choices?.sections ?? null) : null;
  return { snapshot: { minute, city, sections, origin }, personal: city.choice !== DEFAULT_CITY || sections !== null };
}
