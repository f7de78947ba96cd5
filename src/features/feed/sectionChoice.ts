import * as z from 'zod/mini';
import { SECTION_SLUGS, SectionSlug, isSectionSlug } from '../../contract/sections';
import { notifyChoicesChanged } from '../../lib/choicesChanged';
import { createDeviceStore } from '../../lib/deviceStore';

/** localStorage key of the reader's section filter. */
export const FILTER_STORAGE_KEY = 'newswire.feed.sections';

/** A stored filter: a non-empty set of known sections (version 1). */
const StoredFilter = z.object({
  version: z.literal(1),
  sections: z.array(SectionSlug).check(z.minLength(1), z.maxLength(SECTION_SLUGS.length)),
});

/** A chosen subset in display order, or null for all sections. */
export type SectionChoice = SectionSlug[] | null;

/** Normalises a choice: display order, no duplicates; all eight (or none) means no filter. */
export function normalizeChoice(sections: readonly SectionSlug[]): SectionChoice {
  const chosen = SECTION_SLUGS.filter((s) => sections.includes(s));
  return chosen.length === 0 || chosen.length === SECTION_SLUGS.length ? null : chosen;
}

/** The address's `sections` value: `?sections=a,b`, or the filter form's `?sections=a&sections=b`, as one list; null when absent. */
export function sectionsParam(params: URLSearchParams): string | null {
  const values = params.getAll('sections');
  return values.length === 0 ? null : values.join(',');
}

/** Reads `?sections=a,b` from the URL; unknown slugs are dropped and reported. Undefined when absent. */
export function choiceFromUrl(param: string | null): { choice: SectionChoice; unknown: string[] } | undefined {
  if (param === null) return undefined;
  const parts = param.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const known = parts.filter(isSectionSlug);
  return { choice: normalizeChoice(known), unknown: parts.filter((p) => !isSectionSlug(p)).slice(0, 5) };
}

/** The URL value for a choice ("politics,sports"), or null for all sections. */
export function choiceToUrl(choice: SectionChoice): string | null {
  return choice === null ? null : choice.join(',');
}

/** A stored filter (its JSON), or null for none or a bad one. */
export function parseFilter(json: unknown): SectionChoice {
  const parsed = StoredFilter.safeParse(json);
  return parsed.success ? normalizeChoice(parsed.data.sections) : null;
}

/** The stored filter (the same array until it changes), for React. */
export const filterStore = createDeviceStore<SectionChoice>(FILTER_STORAGE_KEY, parseFilter, null,
  (choice) => (choice === null ? null : { version: 1, sections: choice }),
);

/**
 * The stored filter, validated, read afresh. Anything unreadable (corrupted JSON, hostile or outdated
 * shapes, storage blocked) counts as no filter.
 */
export const readStoredChoice = filterStore.read;

/** Remembers the filter (or forgets it for all sections); false when storage refused it (then it holds for this visit). */
export function storeChoice(choice: SectionChoice): boolean {
  const saved = filterStore.set(choice);
  notifyChoicesChanged();
  return saved;
}
