import type { Context } from 'hono';
import { isSectionSlug, type SectionSlug } from '../../contract/sections';
import { type Cursor, decodeCursor } from '../store/cursor';
import { badRequest } from './ApiProblem';

/** The single value of query parameter `name`, or undefined; a repeated parameter is a 400. */
export function single(c: Context, name: string): string | undefined {
  const values = c.req.queries(name);
  if (values === undefined || values.length === 0) return undefined;
  if (values.length > 1) throw badRequest(`The parameter "${name}" is given more than once; give it once.`);
  return values[0];
}

/** `limit`: 1–100, default 20 (API.md); anything else is a 400, never a silent clamp. */
export function limitParam(c: Context, fallback = 20): number {
  const raw = single(c, 'limit');
  if (raw === undefined) return fallback;
  const n = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= 100)) throw badRequest('The parameter "limit" must be a whole number from 1 to 100.');
  return n;
}

/** `cursor`: an opaque value from a previous page's nextCursor. */
export function cursorParam(c: Context): Cursor | null {
  const raw = single(c, 'cursor');
  if (raw === undefined) return null;
  const cursor = decodeCursor(raw);
  if (cursor === null) throw badRequest('The parameter "cursor" is not valid; pass the nextCursor of the previous page unchanged.');
  return cursor;
}

/** `sections`: comma-separated section slugs; null when absent (all sections). */
export function sectionsParam(c: Context): SectionSlug[] | null {
  const raw = single(c, 'sections');
  if (raw === undefined) return null;
  const slugs = raw.split(',').map((s) => s.trim());
  const unknown = slugs.filter((s) => !isSectionSlug(s));
  if (raw.trim() === '' || unknown.length > 0) {
    const shown = unknown.map((s) => JSON.stringify(s.slice(0, 40))).join(', ');
    throw badRequest(
      `The parameter "sections" must list section slugs separated by commas (politics, world, economy, defense, science, society, sports, pressreview)${shown === '' || shown === '""' ? '' : `; unknown: ${shown}`}.`,
    );
  }
  return [...new Set(slugs.filter(isSectionSlug))];
}

/** Most things a reader can follow at once (the URL of My News must stay short enough for every proxy). */
export const MAX_FOLLOWS = 100;

/** `name`: comma-separated topic or person slugs; [] when absent. */
function slugListParam(c: Context, name: 'topics' | 'persons'): string[] {
  const raw = single(c, name);
  if (raw === undefined) return [];
  const slugs = raw.split(',').map((s) => s.trim());
  const bad = slugs.filter((s) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s) || s.length > 100);
  if (bad.length > 0) {
    throw badRequest(`The parameter "${name}" must list slugs (lowercase letters, digits and hyphens) separated by commas; not valid: ${bad.slice(0, 3).map((s) => JSON.stringify(s.slice(0, 40))).join(', ')}.`);
  }
  return [...new Set(slugs)];
}

/** What My News follows: `sections`, `topics` and `persons`, at least one and at most MAX_FOLLOWS in all. */
export function followsParam(c: Context): { sections: SectionSlug[]; topics: string[]; persons: string[] } {
  const follows = { sections: sectionsParam(c) ?? [], topics: slugListParam(c, 'topics'), persons: slugListParam(c, 'persons') };
  const count = follows.sections.length + follows.topics.length + follows.persons.length;
  if (count === 0) throw badRequest('Give what to follow: at least one of the parameters "sections", "topics" or "persons".');
  if (count > MAX_FOLLOWS) throw badRequest(`At most ${String(MAX_FOLLOWS)} sections, topics and persons can be followed at once; ${String(count)} were given.`);
  return follows;
}

/** A positive integer id from the path; anything else is a 400 naming `what` ("article", "gallery"). */
export function idParam(c: Context, name = 'id', what = 'article'): number {
  const raw = c.req.param(name) ?? '';
  const n = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n)) throw badRequest(`The ${what} id in the path must be a positive whole number, not ${JSON.stringify(raw.slice(0, 40))}.`);
  return n;
}

/** A slug from the path (topics, persons): lowercase letters, digits and hyphens. */
export function slugParam(c: Context, name = 'slug'): string {
  const raw = c.req.param(name) ?? '';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw) || raw.length > 100) {
    throw badRequest(`The ${name} in the path must be lowercase letters, digits and hyphens, not ${JSON.stringify(raw.slice(0, 40))}.`);
  }
  return raw;
}

/** A date or date-time parameter as epoch ms; a date alone means the start of that UTC day (or the end, for `to`). */
export function instantParam(c: Context, name: string, endOfDay = false): number | null {
  const raw = single(c, name);
  if (raw === undefined || raw === '') return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(raw);
  const valid = dateOnly || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(raw);
  const ms = valid ? Date.parse(dateOnly ? `${raw}T00:00:00Z` : raw) : NaN;
  if (Number.isNaN(ms) || (dateOnly && new Date(ms).toISOString().slice(0, 10) !== raw)) {
    throw badRequest(`The parameter "${name}" must be a date (2017-01-23) or a date and time with an offset (2017-01-23T13:01:00+03:00).`);
  }
  return dateOnly && endOfDay ? ms + 86_400_000 : ms;
}
