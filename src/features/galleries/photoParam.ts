/**
 * Reads the photo number of `?photo=` (1 for the first photo) against a gallery of `count` photos:
 * the zero-based index, null when absent, or a problem to show when it names no photo.
 */
export function photoParam(raw: string | null, count: number): { index: number | null; problem: string | null } {
  if (raw === null) return { index: null, problem: null };
  const n = /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : NaN;
  if (n >= 1 && n <= count) return { index: n - 1, problem: null };
  const shown = raw.length > 12 ? `${raw.slice(0, 12)}…` : raw;
  return { index: null, problem: `There is no photo “${shown}” in this gallery: it has ${String(count)} photo${count === 1 ? '' : 's'}, numbered from 1.` };
}

/** The index of the photo `step` places from `index`, going round at either end. */
export function stepPhoto(index: number, step: number, count: number): number {
  return (((index + step) % count) + count) % count;
}
