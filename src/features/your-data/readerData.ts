import { SavedRecord, type SavedArticle } from '../../lib/savedStore';

// "Your data": everything this device keeps for the reader, as one JSON file, and that file read
// back on another device. A file is checked whole before anything changes: a bad, foreign or
// too-new one is refused with what is wrong.

export const DATA_FORMAT = 'newswire-reader-data';
export const DATA_VERSION = 1;
/** Far above what 1,000 saved articles with photos take; a larger file is not ours. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** A single choice kept under `key` (display, city, …): the file's value must be one this version accepts as it is. */
export interface StoredChoice {
  key: string;
  label: string;
  valid: (json: unknown) => boolean;
}

/** A list kept under `key` (follows, read marks): `parse` keeps its valid entries; `merge` joins the device's and the file's. */
export interface StoredList {
  key: string;
  /** What its entries are called: one, and many ("follow", "follows"). */
  one: string;
  label: string;
  parse: (json: unknown) => unknown[];
  merge: (device: unknown[], file: unknown[]) => unknown[];
}

export interface DataRegistry {
  choices: readonly StoredChoice[];
  lists: readonly StoredList[];
}

/** Where the saved articles live (IndexedDB in the app; in memory in tests). */
export interface SavedArticles {
  list: () => Promise<SavedArticle[]>;
  write: (records: readonly SavedArticle[], replace: boolean) => Promise<void>;
}

/** The file: its saved articles carry their photos as base64. */
export interface DataFile {
  format: typeof DATA_FORMAT;
  version: typeof DATA_VERSION;
  exportedAt: string;
  storage: Record<string, unknown>;
  saved: { savedAt: string; article: SavedArticle['article']; photo: { type: string; base64: string } | null }[];
}

// Checked by hand, not by new zod schemas: zod's schema kinds live in the first load's chunk, and
// every kind used anywhere is downloaded by every page.
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);
const isInstant = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value) && !Number.isNaN(Date.parse(value));
const PhotoType = /^image\/[\w.+-]{1,40}$/;
const Base64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** One saved article of the file, or what is wrong with it. */
function savedEntry(value: unknown, at: number): DataFile['saved'][number] | string {
  const where = `saved article ${String(at + 1)}`;
  if (!isObject(value)) return `${where} is not an article`;
  const savedAt: unknown = Reflect.get(value, 'savedAt');
  const photo: unknown = Reflect.get(value, 'photo');
  const article = SavedRecord.shape.article.safeParse(Reflect.get(value, 'article'));
  if (!isInstant(savedAt)) return `${where} has no valid date of saving`;
  if (!article.success) return `${where} is not a valid article`;
  if (photo === null) return { savedAt, article: article.data, photo: null };
  const type: unknown = isObject(photo) ? Reflect.get(photo, 'type') : undefined;
  const base64: unknown = isObject(photo) ? Reflect.get(photo, 'base64') : undefined;
  if (typeof type !== 'string' || !PhotoType.test(type) || typeof base64 !== 'string' || !Base64.test(base64)) return `${where} has a damaged photo`;
  return { savedAt, article: article.data, photo: { type, base64 } };
}

/** What a file holds, ready to be applied. */
export interface ReaderData {
  exportedAt: string;
  storage: Record<string, unknown>;
  saved: SavedArticle[];
}

function readStorage(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return undefined;
    const json: unknown = JSON.parse(raw);
    return json;
  } catch {
    return undefined;
  }
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(base64: string, type: string): Blob {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return new Blob([bytes], { type });
}

/**
 * Everything this device keeps for the reader, as the file's JSON. When the browser will not open
 * the saved articles (IndexedDB blocked), the rest is exported and `savedUnreadable` says so.
 */
export async function exportReaderData(registry: DataRegistry, saved: SavedArticles, now = new Date()): Promise<{ file: DataFile; savedUnreadable: boolean }> {
  const storage: Record<string, unknown> = {};
  for (const { key } of [...registry.choices, ...registry.lists]) {
    const value = readStorage(key);
    if (value !== undefined && value !== null) storage[key] = value;
  }
  let records: SavedArticle[] = [];
  let savedUnreadable = false;
  try {
    records = await saved.list();
  } catch {
    savedUnreadable = true;
  }
  const entries = await Promise.all(
    records.map(async ({ savedAt, article, photo }) => ({
      savedAt,
      article,
      photo: photo === null ? null : { type: photo.type || 'image/webp', base64: toBase64(new Uint8Array(await photo.arrayBuffer())) },
    })),
  );
  return { file: { format: DATA_FORMAT, version: DATA_VERSION, exportedAt: now.toISOString(), storage, saved: entries }, savedUnreadable };
}

/** The file's name: newswire-data-2026-12-08.json. */
export function exportFileName(file: DataFile): string {
  return `newswire-data-${file.exportedAt.slice(0, 10)}.json`;
}

/** Reads a file back, or says (in one sentence) why it cannot be imported. */
export function parseReaderData(text: string, registry: DataRegistry): { data: ReaderData } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'This is not a Newswire data file: it is not JSON.' };
  }
  if (!isObject(json)) return { error: 'This is not a Newswire data file (it says nothing of being one).' };
  const format: unknown = Reflect.get(json, 'format');
  const version: unknown = Reflect.get(json, 'version');
  if (format !== DATA_FORMAT) return { error: 'This is not a Newswire data file (it says nothing of being one).' };
  if (typeof version === 'number' && version > DATA_VERSION) return { error: `This file was made by a newer Newswire (data version ${String(version)}; this one reads ${String(DATA_VERSION)}). Update this page first.` };
  const exportedAt: unknown = Reflect.get(json, 'exportedAt');
  const storage: unknown = Reflect.get(json, 'storage');
  const list: unknown = Reflect.get(json, 'saved');
  if (version !== DATA_VERSION || !isInstant(exportedAt) || !isObject(storage) || !Array.isArray(list)) return { error: 'This Newswire data file is damaged: its version, date, choices or saved articles are missing.' };
  const saved: DataFile['saved'] = [];
  for (const [i, value] of list.entries()) {
    const entry = savedEntry(value, i);
    if (typeof entry === 'string') return { error: `This Newswire data file is damaged: ${entry}.` };
    saved.push(entry);
  }
  const known = new Set([...registry.choices, ...registry.lists].map((entry) => entry.key));
  const unknown = Object.keys(storage).filter((key) => !known.has(key));
  if (unknown.length > 0) return { error: `This file holds data this version of Newswire does not know (${unknown.slice(0, 3).join(', ')}).` };
  for (const choice of registry.choices) {
    if (Object.hasOwn(storage, choice.key) && !choice.valid(Reflect.get(storage, choice.key))) return { error: `This file’s ${choice.label} are not valid; nothing was imported.` };
  }
  for (const list of registry.lists) {
    const value: unknown = Reflect.get(storage, list.key);
    if (value !== undefined && (!Array.isArray(value) || list.parse(value).length !== value.length)) return { error: `This file’s ${list.label} are not valid; nothing was imported.` };
  }
  const ids = new Set(saved.map((entry) => entry.article.id));
  if (ids.size !== saved.length) return { error: 'This file holds the same saved article twice; nothing was imported.' };
  return {
    data: {
      exportedAt,
      storage: Object.fromEntries(Object.entries(storage)),
      saved: saved.map((entry) => ({ id: entry.article.id, savedAt: entry.savedAt, article: entry.article, photo: entry.photo === null ? null : fromBase64(entry.photo.base64, entry.photo.type) })),
    },
  };
}

/** What a file holds, for the reader to confirm: "3 saved articles, 5 follows, …". */
export function describeReaderData(data: ReaderData, registry: DataRegistry): string[] {
  const parts = [`${String(data.saved.length)} saved article${data.saved.length === 1 ? '' : 's'}`];
  for (const list of registry.lists) {
    const value = data.storage[list.key];
    if (Array.isArray(value)) parts.push(`${String(value.length)} ${value.length === 1 ? list.one : list.label}`);
  }
  for (const choice of registry.choices) if (choice.key in data.storage) parts.push(choice.label);
  return parts;
}

/**
 * Applies a file: `replace` takes everything from it (and forgets what it lacks); merging keeps
 * this device's choices where it has them, joins the lists and adds saved articles it lacks. Storage
 * is written first and put back if the saved articles cannot be written: all or nothing.
 */
export async function importReaderData(data: ReaderData, mode: 'merge' | 'replace', registry: DataRegistry, saved: SavedArticles): Promise<void> {
  const previous = new Map<string, string | null>();
  const write = (key: string, value: unknown) => {
    previous.set(key, localStorage.getItem(key));
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  };
  try {
    for (const { key } of registry.choices) {
      const device = readStorage(key);
      if (mode === 'replace' || device === undefined) write(key, data.storage[key] ?? (mode === 'replace' ? undefined : device));
    }
    for (const list of registry.lists) {
      const file = list.parse(data.storage[list.key] ?? []);
      write(list.key, mode === 'replace' ? (data.storage[list.key] === undefined ? undefined : file) : list.merge(list.parse(readStorage(list.key) ?? []), file));
    }
    const onDevice = mode === 'merge' ? new Set((await saved.list()).map((s) => s.id)) : new Set<number>();
    await saved.write(
      data.saved.filter((s) => !onDevice.has(s.id)),
      mode === 'replace',
    );
  } catch (error) {
    for (const [key, raw] of previous) {
      try {
        if (raw === null) localStorage.removeItem(key);
        else localStorage.setItem(key, raw);
      } catch {
        // storage refuses even the old value: nothing more can be done
      }
    }
    throw error;
  }
  // Every open store reads its value again (as when another tab changed it).
  window.dispatchEvent(new StorageEvent('storage', { key: null }));
}
