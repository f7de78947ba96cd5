import { workerData } from 'node:worker_threads';
import { z } from 'zod/mini';
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
// or, on PostgreSQL, a pool of two.
let deps: Promise<Omit<IngestDeps, 'fetchOptions'>> | null = null;
function connection(): Promise<Omit<IngestDeps, 'fetchOptions'>> {
  deps ??= openBackend(settings.location, { poolSize: 2 }).then(({ store, ingestStore }) => ({ store, ingestStore, now: Date.now, prepareEntries: preparer.prepare }));
  return deps;
}

/** Runs in a pool worker (createIngestPool): ingests one feed with the worker's own database connection. */
export async function ingestInWorker(task: IngestTask): Promise<IngestResult> {
  try {
    const report = await ingestFeed(task.target, task.rules, { ...(await connection()), fetchOptions: { ...DEFAULT_FETCH_OPTIONS, allowPrivate: task.allowPrivate } }, task.validators);
    return { ok: true, report };
  } catch (error) {
    return { ok: false, reason: error instanceof IngestError ? error.reason : error instanceof Error ? error.message : String(error) };
  }
}
