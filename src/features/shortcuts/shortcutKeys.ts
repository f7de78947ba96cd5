import type { SectionSlug } from '../../contract/sections';

/** After "g": the key of each section (and of the News Feed), in the order of the section menu. */
export const GO_KEYS: { key: string; slug: SectionSlug | null; name: string }[] = [
  { key: 'h', slug: null, name: 'News Feed' },
  { key: 'p', slug: 'politics', name: 'Russian Politics & Diplomacy' },
  { key: 'w', slug: 'world', name: 'World' },
  { key: 'b', slug: 'economy', name: 'Business & Economy' },
  { key: 'm', slug: 'defense', name: 'Military & Defense' },
  { key: 's', slug: 'science', name: 'Science & Space' },
  { key: 'c', slug: 'society', name: 'Society & Culture' },
  { key: 't', slug: 'sports', name: 'Sport' },
  { key: 'r', slug: 'pressreview', name: 'Press Review' },
];

/** The shortcuts, as the help dialog lists them. */
export const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['j'], action: 'Next story' },
  { keys: ['k'], action: 'Previous story' },
  { keys: ['o', 'Enter'], action: 'Open the story' },
  { keys: ['u'], action: 'Back to the list' },
  { keys: ['/'], action: 'Search' },
  { keys: ['g', '…'], action: 'Go to a section (see below)' },
  { keys: ['?'], action: 'Show this list' },
];

/** True when a key press belongs to what the reader is typing or operating, not to the shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"]') !== null) return true;
  return target.closest('dialog[open]') !== null;
}

/** The story links of the page, in reading order (lists mark them with data-story-link). */
export function storyLinks(root: ParentNode = document): HTMLAnchorElement[] {
  return Array.from(root.querySelectorAll<HTMLAnchorElement>('main a[data-story-link]'));
}

/** The story link j (+1) or k (−1) moves to, from the focused one or else from what is in view. */
export function nextStory(links: HTMLAnchorElement[], active: Element | null, step: 1 | -1, viewportTop = 0): HTMLAnchorElement | undefined {
  const index = active instanceof HTMLAnchorElement ? links.indexOf(active) : -1;
  if (index >= 0) return links[index + step];
  if (step === 1) return links.find((link) => link.getBoundingClientRect().top >= viewportTop) ?? links[0];
  return [...links].reverse().find((link) => link.getBoundingClientRect().top < viewportTop) ?? links[0];
}
