import { isSectionSlug, type SectionSlug } from './sections';

// The reader's choices that change what a page says, not only how it looks: the city whose times it
// shows and the News Feed's filter. The app mirrors them in a cookie (src/lib/readerCookie.ts) so the
// server renders the page for this reader (a private answer); a reader without it gets the shared page.

/** The cookie's name. */
export const READER_COOKIE = 'newswire-reader';

/** What the cookie says: a listed city's id or the browser's own zone, and the feed's sections. */
export interface ReaderChoices {
  city: { kind: 'city'; id: string } | { kind: 'local'; timeZone: string } | null;
  sections: SectionSlug[] | null;
}

/** The cookie value (`c:berlin|s:politics+world`, `z:Europe/Paris`), or null when nothing differs from the defaults. */
export function encodeReaderChoices({ city, sections }: ReaderChoices): string | null {
  const parts: string[] = [];
  if (city?.kind === 'city') parts.push(`c:${city.id}`);
  if (city?.kind === 'local') parts.push(`z:${city.timeZone}`);
  if (sections !== null && sections.length > 0) parts.push(`s:${sections.join('+')}`);
  return parts.length === 0 ? null : parts.join('|');
}

/** The cookie read back, every part validated; null for a missing, oversized or malformed value. */
export function decodeReaderChoices(value: string | undefined): ReaderChoices | null {
  if (value === undefined || value === '' || value.length > 200) return null;
  const choices: ReaderChoices = { city: null, sections: null };
  for (const part of value.split('|')) {
    const kind = part.slice(0, 2);
    const rest = part.slice(2);
    if (kind === 'c:' && /^[a-z0-9-]{1,64}$/.test(rest) && choices.city === null) choices.city = { kind: 'city', id: rest };
    else if (kind === 'z:' && /^[A-Za-z0-9_+\-/]{1,64}$/.test(rest) && choices.city === null) choices.city = { kind: 'local', timeZone: rest };
    else if (kind === 's:' && choices.sections === null) {
      const slugs = rest.split('+');
      if (!slugs.every(isSectionSlug)) return null;
      choices.sections = slugs.filter(isSectionSlug);
    } else return null;
  }
  return choices;
}
