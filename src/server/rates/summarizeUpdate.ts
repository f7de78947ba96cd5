import type { RatesUpdateOutcome } from './updateRates';

/**
 * The operator's report of an update: one line per document, or a single line when no source
 * could be reached at all (no network), which also names the rates that stay in service.
 */
export function summarizeUpdate(outcomes: readonly RatesUpdateOutcome[], inService: string): string[] {
  if (outcomes.length > 0 && outcomes.every((o) => !o.ok && o.network)) {
    const hosts = [...new Set(outcomes.map((o) => new URL(o.document.url).host))];
    return [`rates:update: no network — could not reach ${hosts.join(' or ')}; the last good rates stay in service (${inService}).`];
  }
  return outcomes.map((o) => o.message);
}
