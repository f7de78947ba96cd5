import { createDeviceStore } from './deviceStore';

// Stories the reader opened on this device, for the "Read" marks in every list: [id, read at, the
// story's version then (its update time, 0 for never updated)], the newest 2,000.

/** One read mark: the story's id, when it was read (epoch ms), and its update time then (0: never updated). */
export type ReadMark = readonly [id: number, readAt: number, version: number];

export const MAX_READ_MARKS = 2000;

const isTime = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** The stored marks (newest first, as markRead writes them), each checked on its own: a bad one is dropped. */
export function parseReadMarks(json: unknown): ReadMark[] {
  const marks: ReadMark[] = [];
  for (const value of Array.isArray(json) ? json : []) {
    const triple: unknown[] = Array.isArray(value) ? value : [];
    const [id, readAt, version] = triple;
    if (triple.length === 3 && isTime(id) && id > 0 && isTime(readAt) && isTime(version)) marks.push([id, readAt, version]);
  }
  return marks.slice(0, MAX_READ_MARKS);
}

export const readMarkStore = createDeviceStore<ReadMark[]>('newswire.read', parseReadMarks, []);

/** Marks stories as read now (`version`: the story's update time, when known). */
export function markRead(stories: readonly { id: number; updatedAt?: string }[], now = Date.now()): boolean {
  const ids = new Set(stories.map((s) => s.id));
  const fresh: ReadMark[] = stories.map((s) => [s.id, now, s.updatedAt === undefined ? 0 : Date.parse(s.updatedAt) || 0]);
  return readMarkStore.set([...fresh, ...readMarkStore.get().filter((mark) => !ids.has(mark[0]))].slice(0, MAX_READ_MARKS));
}

// The ids of the marks, made once per change of the marks (every list item asks).
let indexed: { marks: readonly ReadMark[]; ids: Set<number> } | undefined;

/** The ids of the stories read, re-rendering on change (none while the page is rendered on the server or hydrated). */
export function useReadMarks(): ReadonlySet<number> {
  const marks = readMarkStore.use();
  if (indexed?.marks !== marks) indexed = { marks, ids: new Set(marks.map((mark) => mark[0])) };
  return indexed.ids;
}
