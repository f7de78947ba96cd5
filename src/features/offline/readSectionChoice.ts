import * as z from 'zod/mini';
import { SECTION_SLUGS, SectionSlug } from '../../contract/sections';

// The feed's section filter, read (never written) to know which sections to keep for offline
// reading. Same key and shape as the feed's own reader; anything unreadable means all sections.
const KEY = 'newswire.feed.sections';
const StoredFilter = z.object({
  version: z.literal(1),
  sections: z.array(SectionSlug).check(z.minLength(1), z.maxLength(SECTION_SLUGS.length)),
});

/** The reader's chosen sections in display order, or null for all (also when nothing valid is stored). */
export function readSectionChoice(storage: Pick<Storage, 'getItem'> | undefined): SectionSlug[] | null {
  try {
    const raw = storage?.getItem(KEY) ?? null;
    if (raw === null) return null;
    const parsed = StoredFilter.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const chosen = SECTION_SLUGS.filter((s) => parsed.data.sections.includes(s));
    return chosen.length === SECTION_SLUGS.length ? null : chosen;
  } catch {
    return null;
  }
}
