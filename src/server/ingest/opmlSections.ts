import type { SectionSlug } from '../../contract/sections';

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

const BY_NAME = new Map<string, SectionSlug>(
  Object.entries(SECTION_NAMES).flatMap(([slug, names]) => names.map((name): [string, SectionSlug] => [name, toSlug(slug)])),
);

// Object.entries loses the key type; every key of SECTION_NAMES is a slug.
function toSlug(key: string): SectionSlug {
  const slugs: readonly SectionSlug[] = ['politics', 'world', 'economy', 'defense', 'science', 'society', 'sports', 'pressreview'];
  return slugs.find((s) => s === key) ?? 'world';
}

/** The section a category or folder name stands for, or undefined. */
export function sectionForName(name: string): SectionSlug | undefined {
  return BY_NAME.get(name.trim().toLowerCase().replace(/[\s_-]+/g, ' '));
}
