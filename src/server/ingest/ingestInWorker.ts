import { workerData } from 'node:worker_threads';
import { z } from 'zod/mini';
import { createLogger } from '../log/createLogger';
import { openBackend } from '../store/openBackend';
import { createEntryPreparer } from './createEntryPreparer';
import { DEFAULT_FETCH_OPTIONS } from './fetchFeed';
import { ingestFeed, IngestError, type IngestDeps, type IngestReport, type SectionRules } from './ingestFeed';

/** One feed to ingest in a worker: what ingestFeed takes, as plain data. */
export interface IngestTask {
  target: string;
  rules: SectionRules;
  validators: { etag?: string; lastModified?: string };
  allowPrivate: boolean;
}

/** What comes back: the report, or the reason of the IngestError (classes do not cross threads). */
export type IngestResult = { ok: true; report: IngestReport } | { ok: false; reason: string };

const WorkerData = z.object({
  location: z.union([
    z.object({ kind: z.literal('sqlite'), path: z.string() }),
    z.object({ kind: z.literal('postgres'), url: z.string(), searchPath: z.optional(z.string()) }),
  ]),
  niceIncrement: z.number(),
  execArgv: z.array(z.string()),
});
const settings = WorkerData.parse(workerData);

// Started with the worker, so that its jsdom is loaded before the first feed arrives.
const preparer = createEntryPreparer(settings);

// Each worker has its own connection (SQLite's WAL lets the server's connection read while it writes)
// or, on PostgreSQL, a pool of two. The pictures of each story are fetched, checked and re-encoded here
// too: never on the thread that answers readers.
type WorkerDeps = Omit<IngestDeps, 'fetchOptions' | 'pictures'> & { pictures: Omit<NonNullable<IngestDeps['pictures']>, 'fetchOptions'> };
let deps: Promise<WorkerDeps> | null = null;
function connection(): Promise<WorkerDeps> {
  deps ??= openBackend(settings.location, { poolSize: 2 }).then((backend) => {
    // The server's JSON log, written from this thread (stdout is shared with the process).
    const logger = createLogger();
    const log = (line: string) => logger.info({ component: 'ingest' }, line);
    return {
      store: backend.store,
      ingestStore: backend.ingestStore,
      now: Date.now,
      log,
      prepareEntries: preparer.prepare,
      pictures: { store: backend.pictures, dir: backend.picturesDir, now: Date.now, log },
    };
  });
  return deps;
}

/** Runs in a pool worker (createIngestPool): ingests one feed with the worker's own database connection. */
export async function ingestInWorker(task: IngestTask): Promise<IngestResult> {
  try {
    const fetchOptions = { ...DEFAULT_FETCH_OPTIONS, allowPrivate: task.allowPrivate };
    const base = await connection();
    const report = await ingestFeed(task.target, task.rules, { ...base, fetchOptions, pictures: { ...base.pictures, fetchOptions } }, task.validators);
    return { ok: true, report };
  } catch (error) {
    return { ok: false, reason: error instanceof IngestError ? error.reason : error instanceof Error ? error.message : String(error) };
  }
}
