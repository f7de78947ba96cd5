import type { SearchRequest } from '../../api/discoveryQueries';
import { isSectionSlug, type SectionSlug } from '../../contract/sections';

/** The longest query the API accepts, in characters. */
export const MAX_QUERY_LENGTH = 200;

/** A calendar date as YYYY-MM-DD, or null for anything else (2017-02-30 included). */
export function validDate(value: string | null): string | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value ? value : null;
}

/**
 * Reads a search from the address (`?q=&sections=&from=&to=`). What cannot be used is left out
 * and described in `problems`, in the reader's words; nothing in the address can break the page.
 */
export function parseSearchParams(params: URLSearchParams): { request: SearchRequest; problems: string[] } {
  const problems: string[] = [];
  const rawQ = (params.get('q') ?? '').trim();
  const chars = Array.from(rawQ);
  const q = chars.slice(0, MAX_QUERY_LENGTH).join('');
  if (chars.length > MAX_QUERY_LENGTH) problems.push(`The search was shortened to its first ${String(MAX_QUERY_LENGTH)} characters.`);

  let sections: SectionSlug[] | null = null;
  const rawSections = params.get('sections');
  if (rawSections !== null && rawSections.trim() !== '') {
    const slugs = rawSections.split(',').map((s) => s.trim());
    const unknown = slugs.filter((s) => !isSectionSlug(s));
    const known = [...new Set(slugs.filter(isSectionSlug))];
    if (unknown.length > 0) problems.push(`Unknown section${unknown.length > 1 ? 's' : ''} ignored: ${unknown.map((s) => s.slice(0, 40)).join(', ')}.`);
    sections = known.length > 0 ? known : null;
  }

  let from = validDate(params.get('from'));
  let to = validDate(params.get('to'));
  for (const [name, raw, value] of [['From', params.get('from'), from], ['To', params.get('to'), to]] as const) {
    if (raw !== null && raw !== '' && value === null) problems.push(`The “${name}” date in the address is not a date and was ignored.`);
  }
  if (from !== null && to !== null && from > to) {
    problems.push('The “From” date was after the “To” date, so the dates were ignored.');
    from = null;
    to = null;
  }
  return { request: { q, sections, from, to }, problems };
}

/** The address parameters of a search (empty ones left out). */
export function searchParamsOf({ q, sections, from, to }: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (q !== '') params.set('q', q);
  if (sections !== null && sections.length > 0) params.set('sections', sections.join(','));
  if (from !== null) params.set('from', from);
  if (to !== null) params.set('to', to);
  return params;
}
