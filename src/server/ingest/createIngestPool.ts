import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Piscina from 'piscina';
import { ingestResults } from '../metrics/metrics';
import { IngestError, type IngestReport, type SectionRules } from './ingestFeed';
import type { IngestResult, IngestTask } from './ingestInWorker';
import type { DatabaseLocation } from '../store/openBackend';

// Not `new URL(file, import.meta.url)`: Vite rewrites that pattern into an asset URL in tests.
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'ingestInWorker.ts');

/** Feeds ingested on worker threads, so that parsing, sanitizing and writing never hold up readers. */
export interface IngestPool {
  /** ingestFeed's signature; rejects with an IngestError carrying the worker's one-line message. */
  ingest: (target: string, rules: SectionRules, validators?: { etag?: string; lastModified?: string }) => Promise<IngestReport>;
  /** Lets the ingests that are running finish (each is one transaction: all of a feed or none), then ends the workers. */
  close: () => Promise<void>;
}

/**
 * A piscina pool of ingest workers over the database at `location`, each with its own
 * connection; one worker per core but one (readers keep a core), at least one.
 */
export function createIngestPool({ location, allowPrivate }: { location: DatabaseLocation; allowPrivate: boolean }): IngestPool {
  const pool = new Piscina<IngestTask, IngestResult>({
    filename: WORKER,
    name: 'ingestInWorker',
    minThreads: 0,
    maxThreads: Math.max(1, availableParallelism() - 1),
    idleTimeout: 60_000,
    closeTimeout: 8_000,
    // A lower priority for the workers' threads (Linux: nice is per thread): when the cores are busy,
    // the thread that answers readers is scheduled first.
    niceIncrement: 10,
    // Workers run the TypeScript sources, as the server does.
    execArgv: ['--import', 'tsx'],
    workerData: { location },
  });
  return {
    ingest: async (target, rules, validators = {}) => {
      const result = await pool.run({ target, rules, validators, allowPrivate });
      ingestResults.inc({ source: target, result: result.ok ? result.report.status : 'failed' });
      if (!result.ok) throw new IngestError(target, result.reason);
      return result.report;
    },
    close: () => pool.close(),
  };
}
