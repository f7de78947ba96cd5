import * as z from 'zod/mini';
import { readPrefs, type DisplayPrefs } from '../../lib/displayPrefs';

/** How many of the newest stories of the reader's sections may be kept for offline reading. */
export const PREFETCH_CHOICES = [0, 10, 30, 60, 100] as const;
/** The default: enough for a commute, about 2 MB with photos. */
export const DEFAULT_PREFETCH_COUNT = 30;

/** Where the choice is kept, and its stored form. */
export const PREFETCH_KEY = 'newswire.offline.prefetch';
export const StoredPrefetch = z.object({ version: z.literal(1), count: z.union(PREFETCH_CHOICES.map((n) => z.literal(n))) });

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The reader's choice, validated: anything unreadable is the default (and is removed). */
export function readPrefetchCount(store: Storage | undefined = storage()): number {
  try {
    const raw = store?.getItem(PREFETCH_KEY) ?? null;
    if (raw === null) return DEFAULT_PREFETCH_COUNT;
    const parsed = StoredPrefetch.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data.count;
  } catch {
    // corrupted JSON: fall through
  }
  try {
    store?.removeItem(PREFETCH_KEY);
  } catch {
    // storage blocked: nothing to clean
  }
  return DEFAULT_PREFETCH_COUNT;
}

/** Remembers the choice; false when the browser's storage refused it. */
export function storePrefetchCount(count: number, store: Storage | undefined = storage()): boolean {
  const parsed = StoredPrefetch.safeParse({ version: 1, count });
  if (!parsed.success || store === undefined) return false;
  try {
    store.setItem(PREFETCH_KEY, JSON.stringify(parsed.data));
    return true;
  } catch {
    return false;
  }
}

/** Network Information as far as this browser tells it (Chromium: type, saveData). */
export interface ConnectionHints {
  type?: string;
  saveData?: boolean;
}

/**
 * Why background downloads are off (the reader's data saver, the browser's Save-Data, or a metered
 * connection), or null when they may run. The reader's own choice in Display settings comes first.
 */
export function meteredReason(connection: ConnectionHints | undefined, dataSaver: DisplayPrefs['dataSaver'] = readPrefs().dataSaver): string | null {
  if (dataSaver === 'on') return 'data saver is on in your Display settings';
  if (dataSaver === 'auto' && connection?.saveData === true) return 'Data Saver (Save-Data) is on';
  if (connection?.type === 'cellular') return 'this device is on mobile data';
  return null;
}

/** The browser's connection hints, read without trusting their shape. */
export function connectionHints(): ConnectionHints | undefined {
  const connection: unknown = Reflect.get(navigator, 'connection');
  if (typeof connection !== 'object' || connection === null) return undefined;
  const type: unknown = Reflect.get(connection, 'type');
  const saveData: unknown = Reflect.get(connection, 'saveData');
  return { type: typeof type === 'string' ? type : undefined, saveData: typeof saveData === 'boolean' ? saveData : undefined };
}
