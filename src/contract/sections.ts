import * as z from 'zod/mini';

/** The agency's eight sections, in display order (API.md "Sections"). */
export const SECTIONS = [
  { slug: 'politics', title: 'Russian Politics & Diplomacy' },
  { slug: 'world', title: 'World' },
  { slug: 'economy', title: 'Business & Economy' },
  { slug: 'defense', title: 'Military & Defense' },
  { slug: 'science', title: 'Science & Space' },
  { slug: 'society', title: 'Society & Culture' },
  { slug: 'sports', title: 'Sport' },
  { slug: 'pressreview', title: 'Press Review' },
] as const;

/** Slug of one of the eight sections. */
export const SectionSlug = z.enum(['politics', 'world', 'economy', 'defense', 'science', 'society', 'sports', 'pressreview']);
export type SectionSlug = z.infer<typeof SectionSlug>;

/** All section slugs, in display order. */
export const SECTION_SLUGS: readonly SectionSlug[] = SECTIONS.map((s) => s.slug);

/** True when `value` is one of the eight section slugs. */
export function isSectionSlug(value: string): value is SectionSlug {
  return SectionSlug.safeParse(value).success;
}

/** The display title of a section ("Business & Economy" for "economy"). */
export function sectionTitle(slug: SectionSlug): string {
  return SECTIONS.find((s) => s.slug === slug)?.title ?? slug;
}
