import { isSectionSlug, sectionTitle, type SectionSlug } from '../contract/sections';
import { createDeviceStore } from './deviceStore';
import { isStoredSlug, storedName } from './storedTag';

// What the reader follows (sections, topics, persons), kept on this device only: it reaches the
// server as the parameters of /api/following, never as an account.

export type FollowKind = 'section' | 'topic' | 'person';

/** One followed section, topic or person, with the name shown for it. */
export interface Follow {
  kind: FollowKind;
  slug: string;
  name: string;
}

/** As many as the API takes at once. */
export const MAX_FOLLOWS = 100;

const KINDS: readonly string[] = ['section', 'topic', 'person'];
const isKind = (value: unknown): value is FollowKind => typeof value === 'string' && KINDS.includes(value);

function parseFollow(value: unknown): Follow | null {
  if (typeof value !== 'object' || value === null) return null;
  const kind: unknown = Reflect.get(value, 'kind');
  const slug: unknown = Reflect.get(value, 'slug');
  const name: unknown = Reflect.get(value, 'name');
  if (!isKind(kind) || !isStoredSlug(slug)) return null;
  if (kind === 'section') return isSectionSlug(slug) ? { kind, slug, name: sectionTitle(slug) } : null;
  const shown = storedName(name);
  return shown === null ? null : { kind, slug, name: shown };
}

/** The stored follows, each entry checked on its own: a bad one is dropped, the rest kept (once each, at most 100). */
export function parseFollows(json: unknown): Follow[] {
  if (!Array.isArray(json)) return [];
  const follows: Follow[] = [];
  for (const value of json) {
    const follow = parseFollow(value);
    if (follow !== null && !follows.some((f) => f.kind === follow.kind && f.slug === follow.slug)) follows.push(follow);
    if (follows.length === MAX_FOLLOWS) break;
  }
  return follows;
}

export const followStore = createDeviceStore<Follow[]>('newswire.follows', parseFollows, []);

/** True when the reader follows it. */
export function isFollowed(follows: readonly Follow[], kind: FollowKind, slug: string): boolean {
  return follows.some((f) => f.kind === kind && f.slug === slug);
}

/**
 * Follows or unfollows; the newest follow comes first. Returns what happened, for the reader:
 * 'full' when 100 are already followed, 'unsaved' when the browser would not store it (then for this visit only).
 */
export function setFollowed(follow: Follow, on: boolean): 'saved' | 'unsaved' | 'full' {
  const rest = followStore.get().filter((f) => !(f.kind === follow.kind && f.slug === follow.slug));
  if (on && rest.length >= MAX_FOLLOWS) return 'full';
  return followStore.set(on ? [follow, ...rest] : rest) ? 'saved' : 'unsaved';
}

/** The parameters of /api/following for these follows (sections, topics, persons; comma-separated). */
export function followParams(follows: readonly Follow[]): { sections: SectionSlug[]; topics: string[]; persons: string[] } {
  const slugs = (kind: FollowKind) => follows.filter((f) => f.kind === kind).map((f) => f.slug).sort();
  return { sections: slugs('section').filter(isSectionSlug), topics: slugs('topic'), persons: slugs('person') };
}
