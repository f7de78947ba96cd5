import type { RatesStore } from './createRatesStore';
import { DEFAULT_FETCH_OPTIONS, fetchFeed } from '../ingest/fetchFeed';
import { IngestFailure } from '../ingest/IngestFailure';
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

/** How the updater reaches the network: through the feeds' safe fetcher, with its address rules. */
export interface RatesUpdateOptions {
  now?: () => number;
  timeoutMs?: number;
  /** Lift the address rules (INGEST_ALLOW_PRIVATE=1): only for local testing. */
  allowPrivate?: boolean;
  /** "host:port" origins allowed whatever their address (a test's loopback server). */
  allowHosts?: readonly string[];
}

const MAX_BYTES = 5 * 1024 * 1024;
const XML_TYPES = new Set(['application/xml', 'text/xml', 'text/plain', 'application/octet-stream']);

class NetworkFailure extends Error {}

// The same fetcher as the feeds (address rules checked at connection time, redirects checked again,
// size and time limits), so a RATES_*_URL cannot reach what a feed URL may not.
async function fetchBytes(url: string, options: RatesUpdateOptions): Promise<Uint8Array> {
  try {
    const result = await fetchFeed(url, {
      ...DEFAULT_FETCH_OPTIONS,
      maxBytes: MAX_BYTES,
      timeoutMs: options.timeoutMs ?? 20_000,
      allowPrivate: options.allowPrivate ?? false,
      allowHosts: options.allowHosts ?? [],
      expected: 'an XML document',
      accept: 'application/xml, text/xml;q=0.9, */*;q=0.1',
      acceptTypes: (type) => XML_TYPES.has(type) || type.endsWith('+xml'),
    });
    if (result.status !== 'ok') throw new RatesDocumentError('The source answered "not modified" to a request that was not conditional.');
    return result.bytes;
  } catch (error) {
    if (error instanceof IngestFailure && error.network) throw new NetworkFailure(error.message);
    if (error instanceof IngestFailure) throw new RatesDocumentError(`The answer was refused: ${error.message}.`);
    throw error;
  }
}

/**
 * Fetches each document, parses and checks it, and stores its days. A document that cannot be
 * fetched or is refused changes nothing: the last good rates stay in service.
 */
export async function updateRates(rates: RatesStore, documents: readonly RatesDocumentSource[], options: RatesUpdateOptions = {}): Promise<RatesUpdateOutcome[]> {
  const now = options.now ?? Date.now;
  const outcomes: RatesUpdateOutcome[] = [];
  for (const document of documents) {
    const keeping = async () => {
      const latest = await rates.latestDate(document.source);
      return latest === null ? 'No rates are stored yet' : `The ${SOURCE_NAMES[document.source]} rates of ${latest} stay in service`;
    };
    try {
      const days = document.parse(await fetchBytes(document.url, options), now());
      await rates.saveDays(days);
      const newest = days.reduce((a, d) => (d.date > a.date ? d : a));
      const span = days.length === 1 ? `the rates of ${newest.date}` : `${String(days.length)} days of rates up to ${newest.date}`;
      const message = `${document.label}: stored ${span} (${String(newest.rates.length)} currencies) from ${document.url}.`;
      await rates.recordUpdate(document.source, now(), true, message);
      outcomes.push({ document, ok: true, network: false, message });
    } catch (error) {
      const network = error instanceof NetworkFailure;
      if (!network && !(error instanceof RatesDocumentError)) throw error;
      const host = new URL(document.url).host;
      const message = network
        ? `${document.label}: cannot reach ${host} (${error.message}). ${await keeping()}.`
        : `${document.label}: refused the document from ${document.url}: ${error.message} ${await keeping()}.`;
      await rates.recordUpdate(document.source, now(), false, message);
      outcomes.push({ document, ok: false, network, message });
    }
  }
  return outcomes;
}
