/** Parses "?page=2" into a zero-based page index; null when the value is not a page number. */
export function pageIndex(raw: string | null): number | null {
  if (raw === null) return 0;
  return /^[1-9]\d{0,2}$/.test(raw) ? Number(raw) - 1 : null;
}
