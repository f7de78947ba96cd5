import { openDB, type IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import { Article } from '../contract/schemas';

// Articles the reader saved for later, in IndexedDB: the article as the API gave it plus its main
// photo as a Blob, so both read offline. IndexedDB outlives reloads and service-worker updates
// (which only replace Cache Storage). Records are checked when read, like any stored data.

const DB_NAME = 'newswire';
const DB_VERSION = 1;
const STORE = 'saved-articles';

/** A saved article as stored (checked when read back, and when imported). */
export const SavedRecord = z.object({
  id: z.int().check(z.positive()),
  savedAt: z.iso.datetime(),
  article: Article,
  photo: z.nullable(z.custom<Blob>((value) => value instanceof Blob)),
});

/** An article saved on this device, with its photo when it could be kept. */
export type SavedArticle = z.infer<typeof SavedRecord>;

let connection: Promise<IDBPDatabase> | null = null;

function database(): Promise<IDBPDatabase> {
  connection ??= openDB(DB_NAME, DB_VERSION, {
    upgrade(db) {
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
    },
    // Another tab opened a newer version of the database: let it upgrade, reconnect on next use.
    blocking() {
      void connection?.then((db) => db.close());
      connection = null;
    },
    terminated() {
      connection = null;
    },
  }).catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}

// Every change is announced to this site's other tabs (and other views of this one), which read the
// saved articles again: IndexedDB itself tells no one.
const CHANNEL = 'newswire-saved';

/** Tells every open view that the saved articles changed. */
export function announceSavedChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `listener` whenever a view (in this tab or another) changed the saved articles; returns the unsubscribe function. */
export function onSavedChange(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}

/** Saves (or replaces) an article with its photo; rejects with the browser's error (QuotaExceededError when full). */
export async function putSavedArticle(article: Article, photo: Blob | null, savedAt = new Date()): Promise<void> {
  const db = await database();
  const record: SavedArticle = { id: article.id, savedAt: savedAt.toISOString(), article, photo };
  await db.put(STORE, record);
  announceSavedChange();
}

/**
 * Writes many saved articles in one transaction (all or none): `replace` first removes every saved
 * article. For importing the reader's data from another device.
 */
export async function writeSavedArticles(records: readonly SavedArticle[], replace: boolean): Promise<void> {
  const db = await database();
  const tx = db.transaction(STORE, 'readwrite');
  if (replace) void tx.store.clear();
  for (const record of records) void tx.store.put(record);
  await tx.done;
  announceSavedChange();
}

/** Removes a saved article (nothing happens when it is not saved). */
export async function removeSavedArticle(id: number): Promise<void> {
  const db = await database();
  await db.delete(STORE, id);
  announceSavedChange();
}

/** One saved article, or null when it is not saved (or its record is unreadable). */
export async function getSavedArticle(id: number): Promise<SavedArticle | null> {
  const db = await database();
  const parsed = SavedRecord.safeParse(await db.get(STORE, id));
  return parsed.success ? parsed.data : null;
}

/** Every readable saved article, the most recently saved first, and how many records could not be read. */
export async function listSavedArticles(): Promise<{ articles: SavedArticle[]; unreadable: number }> {
  const db = await database();
  const records: unknown[] = await db.getAll(STORE);
  const articles: SavedArticle[] = [];
  for (const record of records) {
    const parsed = SavedRecord.safeParse(record);
    if (parsed.success) articles.push(parsed.data);
  }
  articles.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  // Unreadable records are left in place (never delete what a reader saved on a guess), only counted.
  return { articles, unreadable: records.length - articles.length };
}

/** True for the error a browser gives when this site's storage is full. */
export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}
