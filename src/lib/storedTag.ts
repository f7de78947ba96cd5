// The checks of a person, topic or section kept on this device (follows, mutes) when read back.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug as the API writes them: lowercase words and digits joined by hyphens, at most 100 characters. */
export function isStoredSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100 && SLUG.test(value);
}

/** The name kept beside a slug: trimmed, at most 200 characters; null when it is not text or empty. */
export function storedName(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 200) : null;
}
