/**
 * The row the reader is looking at in a feed list — the first whose bottom is below the top of the
 * viewport — and where it sits on screen; null when the list starts in view (then it may just grow).
 */
export function visibleRow(list: HTMLElement | null): { key: string; top: number } | null {
  if (list === null || list.getBoundingClientRect().top >= 0) return null;
  for (const row of Array.from(list.children)) {
    const rect = row.getBoundingClientRect();
    const key = row.getAttribute('data-key');
    if (rect.bottom > 0 && key !== null) return { key, top: rect.top };
  }
  return null;
}
