import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Piscina from 'piscina';
import { ingestResults } from '../metrics/metrics';
import { IngestError, type IngestReport, type SectionRules } from './ingestFeed';
import type { IngestResult, IngestTask } from './ingestInWorker';
import type { DatabaseLocation } from '../store/openBackend';

// Not `new URL(file, import.meta.url)`: Vite rewrites that pattern into an asset URL in tests.
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'ingestInWorker.ts');
// A lower priority for the workers' threads (Linux: nice is per thread): when the cores are busy, the
// thread that answers readers is scheduled first.
const NICE = 10;
// Workers run the TypeScript sources, as the server does, through tsx's ESM hooks registered in the
// thread (`--import tsx` gives a worker only its require hook, under which jsdom's require() of parse5,
// an ES module, yields export getters that cost the HTML parser about a fifth of its time).
// (require.resolve finds the package's CommonJS build of that API; its ES module build lies beside it.)
const TSX_ESM = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/esm/api')), 'index.mjs')).href;
const EXEC_ARGV = ['--import', `data:text/javascript,import{register}from${JSON.stringify(TSX_ESM)};register()`];

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
    // One warm worker (jsdom loaded, its helper started) waits for the poller's feeds.
    minThreads: 1,
    maxThreads: Math.max(1, availableParallelism() - 1),
    idleTimeout: 60_000,
    closeTimeout: 8_000,
    niceIncrement: NICE,
    execArgv: EXEC_ARGV,
    workerData: { location, niceIncrement: NICE, execArgv: EXEC_ARGV },
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
