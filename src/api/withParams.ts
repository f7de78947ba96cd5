/** An API path with its query parameters; null or undefined parameters are left out. */
export function withParams(path: string, params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined) search.set(key, value);
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}

/** The page parameter of an infinite query's first page (no cursor yet). */
export const FIRST_PAGE: string | null = null;
