/**
 * Classifies a GET path that matched no built file: 'file' for a missing file (never answered with
 * HTML, so that a stale script URL fails loudly instead of running HTML), else 'page' (the app's
 * route table decides what the page is, its own Not found page included).
 */
export function isAppRoute(path: string): 'page' | 'file' {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const last = trimmed.split('/').at(-1) ?? '';
  return /\.[a-z0-9]{1,8}$/i.test(last) || trimmed.startsWith('/assets/') ? 'file' : 'page';
}
