import { type Gallery, type Infographic, InfographicText } from '../../../contract/discoverySchemas';
import { type SummaryRow, toSummary } from '../articleRows';
import type { createMediaStore, GalleryInput, InfographicInput } from '../createMediaStore';
import type { Cursor } from '../cursor';
import { GALLERY_COLUMNS, type GalleryRow, INFOGRAPHIC_COLUMNS, type InfographicRow, type PhotoRow, toGallerySummary, toImage, toInfographicSummary } from '../mediaRows';
import { pageOf } from '../pageOf';
import type { PgDb } from './openPgDatabase';
import { bumpIdentity, keysetAfter, SUMMARY_OF_A } from './pgRows';

const byTime = (row: { published_at: number }): number => row.published_at;

/** Photo galleries and infographics over PostgreSQL (createMediaStore's twin). */
export function createPgMediaStore(db: PgDb): ReturnType<typeof createMediaStore> {
  const gallerySql = `SELECT ${GALLERY_COLUMNS} FROM galleries g JOIN gallery_photos p ON p.gallery_id = g.id AND p.position = 0`;

  return {
    async galleries(limit: number, cursor: Cursor | null) {
      const rows = await db.rows<GalleryRow>(`${gallerySql} WHERE (g.published_at, g.id) < ($1, $2) ORDER BY g.published_at DESC, g.id DESC LIMIT $3`, [...keysetAfter(cursor), limit + 1]);
      return pageOf(rows, limit, toGallerySummary, byTime);
    },

    async gallery(id: number): Promise<Gallery | null> {
      const row = await db.row<GalleryRow>(`${gallerySql} WHERE g.id = $1`, [id]);
      if (row === undefined) return null;
      const [photos, related] = await Promise.all([
        db.rows<PhotoRow>('SELECT src, alt, credit, caption, width, height, srcset FROM gallery_photos WHERE gallery_id = $1 ORDER BY position', [id]),
        db.rows<SummaryRow>(`SELECT ${SUMMARY_OF_A} FROM gallery_related r JOIN articles a ON a.id = r.article_id WHERE r.gallery_id = $1 ORDER BY r.position`, [id]),
      ]);
      return { ...toGallerySummary(row), photos: photos.map(toImage), related: related.map(toSummary) };
    },

    async insertGallery(input: GalleryInput) {
      if (input.photos.length === 0) throw new Error(`gallery "${input.title}" has no photos`);
      return db.transaction(async () => {
        const inserted = await db.row<{ id: number }>(
          `INSERT INTO galleries (id, title, lead, published_at, origin) VALUES (coalesce($1, nextval(pg_get_serial_sequence('galleries', 'id'))), $2, $3, $4, $5) RETURNING id`,
          [input.id ?? null, input.title, input.lead, input.publishedAt, input.origin],
        );
        if (inserted === undefined) throw new Error('INSERT … RETURNING gave no row');
        if (input.id !== undefined) await bumpIdentity(db, 'galleries');
        for (const [position, p] of input.photos.entries()) {
          await db.write(
            'INSERT INTO gallery_photos (gallery_id, position, src, alt, credit, caption, width, height, srcset) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
            [inserted.id, position, p.src, p.alt, p.credit ?? null, p.caption ?? null, p.width, p.height, p.srcset ?? null],
          );
        }
        for (const [i, articleId] of input.related.entries()) {
          await db.write('INSERT INTO gallery_related (gallery_id, article_id, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [inserted.id, articleId, i]);
        }
        return inserted.id;
      });
    },

    async infographics(limit: number, cursor: Cursor | null) {
      const rows = await db.rows<InfographicRow>(
        `SELECT ${INFOGRAPHIC_COLUMNS} FROM infographics WHERE (published_at, id) < ($1, $2) ORDER BY published_at DESC, id DESC LIMIT $3`,
        [...keysetAfter(cursor), limit + 1],
      );
      return pageOf(rows, limit, toInfographicSummary, byTime);
    },

    async infographic(id: number): Promise<Infographic | null> {
      const row = await db.row<InfographicRow & { text_json: string }>(`SELECT ${INFOGRAPHIC_COLUMNS}, text_json FROM infographics WHERE id = $1`, [id]);
      if (row === undefined) return null;
      // Written by insertInfographic from a checked value; parsed again so a hand-edited row fails loudly.
      const text = InfographicText.parse(JSON.parse(row.text_json));
      const related = await db.rows<SummaryRow>(
        `SELECT ${SUMMARY_OF_A} FROM infographic_related r JOIN articles a ON a.id = r.article_id WHERE r.infographic_id = $1 ORDER BY r.position`,
        [id],
      );
      return { ...toInfographicSummary(row), text, related: related.map(toSummary) };
    },

    async insertInfographic(input: InfographicInput) {
      const text = InfographicText.parse(input.text);
      const { image } = input;
      return db.transaction(async () => {
        const inserted = await db.row<{ id: number }>(
          `INSERT INTO infographics (id, title, lead, published_at, origin, image_src, image_alt, image_credit, image_width, image_height, text_json)
           VALUES (coalesce($1, nextval(pg_get_serial_sequence('infographics', 'id'))), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
          [input.id ?? null, input.title, input.lead, input.publishedAt, input.origin, image.src, image.alt, image.credit ?? null, image.width, image.height, JSON.stringify(text)],
        );
        if (inserted === undefined) throw new Error('INSERT … RETURNING gave no row');
        if (input.id !== undefined) await bumpIdentity(db, 'infographics');
        for (const [i, articleId] of input.related.entries()) {
          await db.write('INSERT INTO infographic_related (infographic_id, article_id, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [inserted.id, articleId, i]);
        }
        return inserted.id;
      });
    },

    async hasDemoMedia() {
      return (await db.row("SELECT 1 FROM galleries WHERE origin = 'demo' LIMIT 1")) !== undefined;
    },

    async shiftDemoMedia(minutes: number) {
      await db.write("UPDATE galleries SET published_at = published_at + $1::bigint * 60000 WHERE origin = 'demo'", [minutes]);
      await db.write("UPDATE infographics SET published_at = published_at + $1::bigint * 60000 WHERE origin = 'demo'", [minutes]);
    },
  };
}
