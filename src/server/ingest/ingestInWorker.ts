import { workerData } from 'node:worker_threads';
import { z } from 'zod/mini';
import { createStore } from '../store/createStore';
import { createIngestStore } from '../store/ingestStore';
import { openDatabase } from '../store/openDatabase';
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

const WorkerData = z.object({ databasePath: z.string() });

// Each worker has its own connection: SQLite (WAL) lets the server's connection read while it writes.
let deps: Omit<IngestDeps, 'fetchOptions'> | null = null;
function connection(): Omit<IngestDeps, 'fetchOptions'> {
  if (deps === null) {
    const db = openDatabase(WorkerData.parse(workerData).databasePath);
    const store = createStore(db);
    deps = { store, ingestStore: createIngestStore(db, store), now: Date.now };
  }
  return deps;
}

/** Runs in a pool worker (createIngestPool): ingests one feed with the worker's own database connection. */
export async function ingestInWorker(task: IngestTask): Promise<IngestResult> {
  try {
    const report = await ingestFeed(task.target, task.rules, { ...connection(), fetchOptions: { ...DEFAULT_FETCH_OPTIONS, allowPrivate: task.allowPrivate } }, task.validators);
    return { ok: true, report };
  } catch (error) {
    return { ok: false, reason: error instanceof IngestError ? error.reason : error instanceof Error ? error.message : String(error) };
  }
}
