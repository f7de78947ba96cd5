/** Longest URL kept from a feed. */
export const MAX_URL_LENGTH = 2048;

/**
 * `raw` resolved against `base` as an absolute http(s) URL, or null: relative URLs need an http(s)
 * base, and any other scheme (javascript:, data:, file:, mailto: ...) is refused.
 */
export function resolveFeedUrl(raw: string | undefined, base: string | undefined): string | null {
  if (raw === undefined) return null;
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > MAX_URL_LENGTH || /\p{Cc}/u.test(trimmed)) return null;
  let url: URL;
  try {
    url = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href.length > MAX_URL_LENGTH ? null : url.href;
}

/** An xml:base (or document URL) resolved against its parent base; null when it is not http(s). */
export function resolveBase(raw: string | undefined, parent: string | undefined): string | undefined {
  return resolveFeedUrl(raw, parent) ?? parent;
}
