import { workerData } from 'node:worker_threads';
import { z } from 'zod/mini';
import { createPictureStore } from '../images/createPictureStore';
import { picturesDir } from '../images/picturesDir';
import { createLogger } from '../log/createLogger';
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
// The pictures of each story are fetched, checked and re-encoded here too: never on the thread that answers readers.
let deps: (Omit<IngestDeps, 'fetchOptions' | 'pictures'> & { pictures: Omit<NonNullable<IngestDeps['pictures']>, 'fetchOptions'> }) | null = null;
function connection() {
  if (deps === null) {
    const { databasePath } = WorkerData.parse(workerData);
    const db = openDatabase(databasePath);
    const store = createStore(db);
    // The server's JSON log, written from this thread (stdout is shared with the process).
    const logger = createLogger();
    const log = (line: string) => logger.info({ component: 'ingest' }, line);
    deps = { store, ingestStore: createIngestStore(db, store), now: Date.now, log, pictures: { store: createPictureStore(db), dir: picturesDir(databasePath), now: Date.now, log } };
  }
  return deps;
}

/** Runs in a pool worker (createIngestPool): ingests one feed with the worker's own database connection. */
export async function ingestInWorker(task: IngestTask): Promise<IngestResult> {
  try {
    const fetchOptions = { ...DEFAULT_FETCH_OPTIONS, allowPrivate: task.allowPrivate };
    const base = connection();
    const report = await ingestFeed(task.target, task.rules, { ...base, fetchOptions, pictures: { ...base.pictures, fetchOptions } }, task.validators);
    return { ok: true, report };
  } catch (error) {
    return { ok: false, reason: error instanceof IngestError ? error.reason : error instanceof Error ? error.message : String(error) };
  }
}
