import { isSectionSlug } from '../contract/sections';

// The app's routes as the server must know them: deep links answer index.html with 200, paths the
// app does not have answer it with 404 (the app then shows its own Not found page).
const PAGES: readonly RegExp[] = [
  /^\/$/,
  /^\/search$/,
  /^\/topics$/,
  /^\/topics\/[a-z0-9-]{1,100}$/,
  /^\/persons$/,
  /^\/persons\/[a-z0-9-]{1,100}$/,
  /^\/galleries$/,
  /^\/galleries\/[1-9]\d{0,15}$/,
  /^\/infographics$/,
  /^\/infographics\/[1-9]\d{0,15}$/,
  /^\/converter$/,
  /^\/saved$/,
  /^\/most-read$/,
];

/**
 * Classifies a GET path that matched no built file: 'page' for an app route, 'missing' for a
 * path the app would show as Not found, 'file' for a missing file (never answered with HTML,
 * so that a stale script URL fails loudly instead of running HTML).
 */
export function isAppRoute(path: string, articleExists: (id: number) => boolean): 'page' | 'missing' | 'file' {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const last = trimmed.split('/').at(-1) ?? '';
  if (/\.[a-z0-9]{1,8}$/i.test(last) || trimmed.startsWith('/assets/')) return 'file';
  if (PAGES.some((re) => re.test(trimmed))) return 'page';
  const [, section, id, extra] = trimmed.split('/');
  if (section !== undefined && isSectionSlug(section)) {
    if (id === undefined) return 'page';
    if (extra === undefined && /^[1-9]\d{0,15}$/.test(id) && articleExists(Number(id))) return 'page';
  }
  return 'missing';
}
