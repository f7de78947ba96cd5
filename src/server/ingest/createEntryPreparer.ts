import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Piscina from 'piscina';
import { entriesToArticles, type EntryBatch } from './entriesToArticles';
import type { EntryContext, FeedArticle } from './entryToArticle';
import type { FeedEntry } from './feedTypes';

// Not `new URL(file, import.meta.url)`: Vite rewrites that pattern into an asset URL in tests.
const HELPER = join(dirname(fileURLToPath(import.meta.url)), 'entriesToArticles.ts');

// Below this many entries the copies to and from the helper cost more than they save.
const SPLIT_FROM = 16;

/** Turns a feed's entries into articles on two threads: the ingest worker's own and one helper. */
export interface EntryPreparer {
  /** entriesToArticles over all `entries`, in order; rejects with the helper's error. */
  prepare: (entries: FeedEntry[], context: EntryContext) => Promise<(FeedArticle | null)[]>;
  /** Ends the helper thread. */
  close: () => Promise<void>;
}

/**
 * Sanitizing a feed's bodies (DOMPurify on jsdom, about 7 ms for 8 KB) is nearly all of an ingest's
 * time, and one ingest worker runs on one core: a helper thread, started with the worker and kept
 * warm (jsdom loaded), takes the second half of each large feed while the worker does the first.
 * Its thread is niced like the worker's, so readers' thread is scheduled first on a busy machine.
 */
export function createEntryPreparer({ niceIncrement, execArgv }: { niceIncrement: number; execArgv: string[] }): EntryPreparer {
  const helper = new Piscina<EntryBatch, (FeedArticle | null)[]>({
    filename: HELPER,
    name: 'entriesToArticles',
    minThreads: 1,
    maxThreads: 1,
    idleTimeout: Infinity,
    niceIncrement,
    execArgv,
  });
  return {
    prepare: async (entries, context) => {
      if (entries.length < SPLIT_FROM) return entriesToArticles({ entries, context });
      const half = Math.ceil(entries.length / 2);
      const theirs = helper.run({ entries: entries.slice(half), context });
      // Not left unhandled while this thread works on its half.
      theirs.catch(() => undefined);
      const ours = entriesToArticles({ entries: entries.slice(0, half), context });
      return [...ours, ...(await theirs)];
    },
    close: () => helper.close(),
  };
}
