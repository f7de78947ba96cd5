import { entryToArticle, type EntryContext, type FeedArticle } from './entryToArticle';
import type { FeedEntry } from './feedTypes';

/** Some of a feed's entries and what is known about the feed: what a helper thread is given. */
export interface EntryBatch {
  entries: FeedEntry[];
  context: EntryContext;
}

/**
 * entryToArticle over a batch, in order (null for an entry that is not a story); runs on the ingest
 * worker itself and, as a piscina handler, on its helper thread (createEntryPreparer).
 */
export function entriesToArticles({ entries, context }: EntryBatch): (FeedArticle | null)[] {
  return entries.map((entry) => entryToArticle(entry, context));
}
