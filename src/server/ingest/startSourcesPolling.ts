import type { PollStore } from '../store/createPollStore';
import type { Store } from '../store/createStore';
import type { IngestStore } from '../store/ingestStore';
import { DEFAULT_FETCH_OPTIONS } from './fetchFeed';
import { loadSourcesFile } from './sourcesFile';
import { startFeedPolling, type PollingOptions } from './startFeedPolling';

/**
 * The server's feed polling, configured by the environment: INGEST_SOURCES names the sources file
 * (polling is off without it); INGEST_ALLOW_PRIVATE=1 lets feeds on this machine or a private network
 * be fetched (local testing only). A bad sources file is reported and the server runs without polling.
 * `ingest` runs each poll's ingest (the server's worker pool). Returns a function that stops polling.
 */
export function startSourcesPolling({ store, ingestStore, polls, env, log, ingest }: { store: Store; ingestStore: IngestStore; polls: PollStore; env: NodeJS.ProcessEnv; log: (line: string) => void; ingest?: PollingOptions['ingest'] }): () => void {
  const path = env.INGEST_SOURCES;
  if (path === undefined || path.trim() === '') return () => undefined;
  let sources;
  try {
    sources = loadSourcesFile(path);
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}; feed polling is off`);
    return () => undefined;
  }
  const allowPrivate = env.INGEST_ALLOW_PRIVATE === '1';
  log(`polling ${String(sources.length)} feed(s) from ${path}${allowPrivate ? ' (private addresses allowed)' : ''}`);
  return startFeedPolling({
    sources,
    deps: { store, ingestStore, now: Date.now, fetchOptions: { ...DEFAULT_FETCH_OPTIONS, allowPrivate }, log },
    polls,
    log,
    ingest,
  });
}
