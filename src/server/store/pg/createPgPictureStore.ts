import { type PictureRecord, type PictureRow, type PictureStore, toRecord } from '../../images/createPictureStore';
import type { PgDb } from './openPgDatabase';

/** The `pictures` table over PostgreSQL (createPictureStore's twin). */
export function createPgPictureStore(db: PgDb): PictureStore {
  return {
    async find(url: string): Promise<PictureRecord | null> {
      const row = await db.row<PictureRow>('SELECT key, width, height, widths, refused, retry_after FROM pictures WHERE source_url = $1', [url]);
      return row === undefined ? null : toRecord(row);
    },
    async record(url: string, record: PictureRecord, now: number): Promise<void> {
      const stored = record.status === 'stored';
      await db.write(
        `INSERT INTO pictures (source_url, key, width, height, widths, refused, checked_at, retry_after) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (source_url) DO UPDATE SET key = excluded.key, width = excluded.width, height = excluded.height,
           widths = excluded.widths, refused = excluded.refused, checked_at = excluded.checked_at, retry_after = excluded.retry_after`,
        [url, stored ? record.key : null, stored ? record.width : null, stored ? record.height : null, stored ? JSON.stringify(record.widths) : null,
          stored ? null : record.reason, now, stored ? null : record.retryAfter],
      );
    },
  };
}
