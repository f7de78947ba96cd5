import { isSectionSlug, type SectionSlug } from '../../contract/sections';

/**
 * OPML outline categories and folder names that name a section (compared in lower case, with runs of
 * spaces, "-" and "_" read as one space). The list is the README's mapping table; a name that is not
 * here leaves the feed in the next candidate's section, and in the end in "world".
 */
export const SECTION_NAMES: Readonly<Record<SectionSlug, readonly string[]>> = {
  politics: ['politics', 'russian politics', 'diplomacy', 'russian politics & diplomacy'],
  world: ['world', 'international', 'world news'],
  economy: ['economy', 'business', 'business & economy', 'finance', 'markets'],
  defense: ['defense', 'defence', 'military', 'military & defense'],
  science: ['science', 'space', 'science & space', 'technology', 'tech'],
  society: ['society', 'culture', 'society & culture'],
  sports: ['sports', 'sport'],
  pressreview: ['pressreview', 'press review', 'press'],
};

// Object.entries loses the key type; isSectionSlug gives it back (every key is a slug).
const BY_NAME = new Map<string, SectionSlug>(
  Object.entries(SECTION_NAMES).flatMap(([slug, names]) => (isSectionSlug(slug) ? names.map((name): [string, SectionSlug] => [name, slug]) : [])),
);

/** The section a category or folder name stands for, or undefined. */
export function sectionForName(name: string): SectionSlug | undefined {
  return BY_NAME.get(name.trim().toLowerCase().replace(/[\s_-]+/g, ' '));
}
