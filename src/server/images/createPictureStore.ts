import * as z from 'zod/mini';
import type { Db } from '../store/openDatabase';

/** What the server knows of one picture URL: stored (key, size, widths) or refused (reason, maybe to be retried). */
export type PictureRecord =
  | { status: 'stored'; key: string; width: number; height: number; widths: number[] }
  | { status: 'refused'; reason: string; retryAfter: number | null };

/** A row of `pictures` as both stores read it (widths as JSON text). */
export interface PictureRow {
  [column: string]: unknown;
  key: string | null;
  width: number | null;
  height: number | null;
  widths: string | null;
  refused: string | null;
  retry_after: number | null;
}

const Widths = z.array(z.int().check(z.positive()));

/** The record a row stands for; null for a row that is neither (hand-edited). */
export function toRecord(row: PictureRow): PictureRecord | null {
  if (row.key !== null && row.width !== null && row.height !== null && row.widths !== null) {
    const widths = Widths.safeParse(JSON.parse(row.widths));
    if (widths.success) return { status: 'stored', key: row.key, width: row.width, height: row.height, widths: widths.data };
  }
  if (row.refused !== null) return { status: 'refused', reason: row.refused, retryAfter: row.retry_after };
  return null;
}

/** The `pictures` table (migration 5): each feed picture URL fetched once, its outcome kept. */
export function createPictureStore(db: Db) {
  const stmt = {
    find: db.prepare<[string], PictureRow>('SELECT key, width, height, widths, refused, retry_after FROM pictures WHERE source_url = ?'),
    put: db.prepare(
      `INSERT INTO pictures (source_url, key, width, height, widths, refused, checked_at, retry_after)
       VALUES (@url, @key, @width, @height, @widths, @refused, @now, @retryAfter)
       ON CONFLICT (source_url) DO UPDATE SET key = excluded.key, width = excluded.width, height = excluded.height,
         widths = excluded.widths, refused = excluded.refused, checked_at = excluded.checked_at, retry_after = excluded.retry_after`,
    ),
  };
  return {
    /** What is known of `url`, or null when it was never fetched. */
    find(url: string): Promise<PictureRecord | null> {
      const row = stmt.find.get(url);
      return Promise.resolve(row === undefined ? null : toRecord(row));
    },
    /** Records the outcome of fetching `url` at `now`. */
    record(url: string, record: PictureRecord, now: number): Promise<void> {
      stmt.put.run(
        record.status === 'stored'
          ? { url, key: record.key, width: record.width, height: record.height, widths: JSON.stringify(record.widths), refused: null, now, retryAfter: null }
          : { url, key: null, width: null, height: null, widths: null, refused: record.reason, now, retryAfter: record.retryAfter },
      );
      return Promise.resolve();
    },
  };
}

/** The picture store's interface. */
export type PictureStore = ReturnType<typeof createPictureStore>;
