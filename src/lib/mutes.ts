import { createDeviceStore } from './deviceStore';
import { MUTES_KEY } from './muteLoader';
import { isStoredSlug, storedName } from './storedTag';

// What the reader muted (words or phrases, persons, topics), kept on this device only: muted stories
// leave the feed, the section pages, Top stories, Most read and My News; search still finds them.

/** A muted word or phrase, or a muted person or topic (with the name shown for it). */
export type Mute = { kind: 'word'; phrase: string } | { kind: 'person' | 'topic'; slug: string; name: string };

/** What a mute is checked against: a story in a list. */
export interface Mutable {
  title: string;
  lead: string;
  personSlugs?: readonly string[];
  topicSlugs?: readonly string[];
}

export const MAX_MUTES = 200;
export const MAX_PHRASE = 100;

const WORDY = /[\p{L}\p{N}]/u;

/** A phrase as it is kept: NFKC, single spaces, trimmed; null when it holds no letter or digit or is too long. */
export function cleanPhrase(text: string): string | null {
  const phrase = text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  return phrase.length > MAX_PHRASE || !WORDY.test(phrase) ? null : phrase;
}

/** The key two equal mutes share ("word:putin", "person:vladimir-putin"). */
export function muteKey(mute: Mute): string {
  return mute.kind === 'word' ? `word:${mute.phrase.toLowerCase()}` : `${mute.kind}:${mute.slug}`;
}

/** The name the reader sees for a mute: the phrase in quotes, or the person's or topic's name. */
export function muteName(mute: Mute): string {
  return mute.kind === 'word' ? `“${mute.phrase}”` : mute.name;
}

function parseMute(value: unknown): Mute | null {
  if (typeof value !== 'object' || value === null) return null;
  const kind: unknown = Reflect.get(value, 'kind');
  if (kind === 'word') {
    const phrase: unknown = Reflect.get(value, 'phrase');
    const clean = typeof phrase === 'string' ? cleanPhrase(phrase) : null;
    return clean === null ? null : { kind, phrase: clean };
  }
  const slug: unknown = Reflect.get(value, 'slug');
  const name = storedName(Reflect.get(value, 'name'));
  if ((kind !== 'person' && kind !== 'topic') || !isStoredSlug(slug) || name === null) return null;
  return { kind, slug, name };
}

/** The stored mutes, each checked on its own: a bad one is dropped, the rest kept (once each, at most 200). */
export function parseMutes(json: unknown): Mute[] {
  const mutes: Mute[] = [];
  const keys = new Set<string>();
  for (const value of Array.isArray(json) ? json : []) {
    const mute = parseMute(value);
    if (mute === null || keys.has(muteKey(mute))) continue;
    keys.add(muteKey(mute));
    mutes.push(mute);
    if (mutes.length === MAX_MUTES) break;
  }
  return mutes;
}

export const muteStore = createDeviceStore<Mute[]>(MUTES_KEY, parseMutes, []);

/**
 * Mutes or unmutes; the newest mute comes first. 'full' when 200 are already kept, 'unsaved' when the
 * browser would not store it (then for this visit only).
 */
export function setMuted(mute: Mute, on: boolean): 'saved' | 'unsaved' | 'full' {
  const key = muteKey(mute);
  const rest = muteStore.get().filter((m) => muteKey(m) !== key);
  if (on && rest.length >= MAX_MUTES) return 'full';
  return muteStore.set(on ? [mute, ...rest] : rest) ? 'saved' : 'unsaved';
}

/** True when this mute is kept. */
export function isMuted(mutes: readonly Mute[], mute: Mute): boolean {
  const key = muteKey(mute);
  return mutes.some((m) => muteKey(m) === key);
}

// Scripts written without spaces between words: there a phrase matches wherever it occurs.
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A test for these mutes: true for a story that one of them hides. Words and phrases match whole
 * words (a letter, digit or mark on neither side), in any case, across any spaces; a phrase of a
 * script written without spaces (Chinese, Japanese, Thai, …) matches anywhere.
 */
export function muteTest(mutes: readonly Mute[]): (story: Mutable) => boolean {
  const persons = new Set<string>();
  const topics = new Set<string>();
  const words: string[] = [];
  const unspaced: string[] = [];
  for (const mute of mutes) {
    if (mute.kind !== 'word') {
      (mute.kind === 'person' ? persons : topics).add(mute.slug);
      continue;
    }
    const phrase = mute.phrase.normalize('NFKC');
    if (UNSPACED.test(phrase)) unspaced.push(escape(phrase));
    else words.push(phrase.split(/\s+/u).map(escape).join('\\s+'));
  }
  const alternatives = [...unspaced, ...(words.length > 0 ? [`(?<![\\p{L}\\p{N}\\p{M}])(?:${words.join('|')})(?![\\p{L}\\p{N}\\p{M}])`] : [])];
  const pattern = alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'iu') : null;
  if (pattern === null && persons.size === 0 && topics.size === 0) return () => false;
  return (story) =>
    (story.personSlugs?.some((slug) => persons.has(slug)) ?? false) ||
    (story.topicSlugs?.some((slug) => topics.has(slug)) ?? false) ||
    (pattern?.test(`${story.title}\n${story.lead}`.normalize('NFKC')) ?? false);
}
