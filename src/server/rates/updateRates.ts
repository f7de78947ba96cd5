import type { RatesStore } from './createRatesStore';
import { RatesDocumentError } from './RatesDocumentError';
import { SOURCE_NAMES, type RatesDocumentSource } from './ratesSources';

/** What happened to one document. */
export interface RatesUpdateOutcome {
  document: RatesDocumentSource;
  ok: boolean;
  /** The failure was reaching the source (no network, DNS, timeout, refused), not the document. */
  network: boolean;
  /** One line for the operator. */
  message: string;
}

/** How the updater reaches the network; tests pass their own fetch and clock. */
export interface RatesUpdateOptions {
  fetch?: typeof globalThis.fetch;
  now?: () => number;
  timeoutMs?: number;
}

const MAX_BYTES = 5 * 1024 * 1024;

class NetworkFailure extends Error {}

function describeNetworkError(error: unknown): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'no answer in time';
  // Node's fetch fails with TypeError("fetch failed") and the real reason (getaddrinfo ENOTFOUND …) as its cause.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error && cause.message !== '') return cause.message;
  return 'network error';
}

async function fetchBytes(url: string, fetchFn: typeof globalThis.fetch, timeoutMs: number): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      headers: { Accept: 'application/xml, text/xml', 'User-Agent': 'Newswire rates updater' },
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
    });
  } catch (error) {
    throw new NetworkFailure(describeNetworkError(error));
  }
  if (!response.ok) throw new RatesDocumentError(`The source answered HTTP ${String(response.status)} instead of the document.`);
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_BYTES) throw new RatesDocumentError(`The document is larger than ${String(MAX_BYTES / 1024 / 1024)} MB.`);
  let buffer: ArrayBuffer;
  try {
    buffer = await response.arrayBuffer();
  } catch (error) {
    throw new NetworkFailure(describeNetworkError(error));
  }
  if (buffer.byteLength > MAX_BYTES) throw new RatesDocumentError(`The document is larger than ${String(MAX_BYTES / 1024 / 1024)} MB.`);
  return new Uint8Array(buffer);
}

/**
 * Fetches each document, parses and checks it, and stores its days. A document that cannot be
 * fetched or is refused changes nothing: the last good rates stay in service.
 */
export async function updateRates(rates: RatesStore, documents: readonly RatesDocumentSource[], options: RatesUpdateOptions = {}): Promise<RatesUpdateOutcome[]> {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  const outcomes: RatesUpdateOutcome[] = [];
  for (const document of documents) {
    const keeping = () => {
      const latest = rates.latestDate(document.source);
      return latest === null ? 'No rates are stored yet' : `The ${SOURCE_NAMES[document.source]} rates of ${latest} stay in service`;
    };
    try {
      const days = document.parse(await fetchBytes(document.url, fetchFn, options.timeoutMs ?? 20_000), now());
      rates.saveDays(days);
      const newest = days.reduce((a, d) => (d.date > a.date ? d : a));
      const span = days.length === 1 ? `the rates of ${newest.date}` : `${String(days.length)} days of rates up to ${newest.date}`;
      const message = `${document.label}: stored ${span} (${String(newest.rates.length)} currencies) from ${document.url}.`;
      rates.recordUpdate(document.source, now(), true, message);
      outcomes.push({ document, ok: true, network: false, message });
    } catch (error) {
      const network = error instanceof NetworkFailure;
      if (!network && !(error instanceof RatesDocumentError)) throw error;
      const host = new URL(document.url).host;
      const message = network
        ? `${document.label}: cannot reach ${host} (${error.message}). ${keeping()}.`
        : `${document.label}: refused the document from ${document.url}: ${error.message} ${keeping()}.`;
      rates.recordUpdate(document.source, now(), false, message);
      outcomes.push({ document, ok: false, network, message });
    }
  }
  return outcomes;
}
