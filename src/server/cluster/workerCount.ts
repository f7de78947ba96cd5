/** How many server processes WORKERS asks for: unset or empty → 1, "auto" → one per core, else 1–64; throws with a line to print. */
export function workerCount(value: string | undefined, cores: number): number {
  const text = value?.trim() ?? '';
  if (text === '') return 1;
  if (text.toLowerCase() === 'auto') return Math.max(1, cores);
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 64) throw new Error(`WORKERS must be a number of processes from 1 to 64 or "auto" (one per core), not "${text.slice(0, 40)}".`);
  return n;
}
