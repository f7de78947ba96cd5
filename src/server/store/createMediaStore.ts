import { type Image } from '../../contract/schemas';
import { type Gallery, type GallerySummary, type Infographic, type InfographicSummary, InfographicText } from '../../contract/discoverySchemas';
import { SUMMARY_COLUMNS, type SummaryRow, toSummary } from './articleRows';
import { GALLERY_COLUMNS, type GalleryRow, INFOGRAPHIC_COLUMNS, type InfographicRow, type PhotoRow, toGallerySummary, toImage, toInfographicSummary } from './mediaRows';
import type { Cursor } from './cursor';
import type { Db } from './openDatabase';
import { type Page, pageOf } from './pageOf';

/** A photo gallery as it enters the store: at least one photo, in order. */
export interface GalleryInput {
  id?: number;
  title: string;
  lead: string;
  publishedAt: number;
  photos: Image[];
  /** Ids of the articles the gallery illustrates. */
  related: number[];
  origin: 'demo' | 'synthetic' | 'feed';
}

/** An infographic as it enters the store: the chart image and its full text alternative. */
export interface InfographicInput {
  id?: number;
  title: string;
  lead: string;
  publishedAt: number;
  image: Image;
  text: InfographicText;
  related: number[];
  origin: 'demo' | 'synthetic' | 'feed';
}

interface Keyset {
  key: number;
  id: number;
  limit: number;
}

const MAX_KEY = Number.MAX_SAFE_INTEGER;
const byTime = (row: { published_at: number }): number => row.published_at;

/** Photo galleries and infographics: prepared statements over the store's connection. */
export function createMediaStore(db: Db) {
  const stmt = {
    galleries: db.prepare<[Keyset], GalleryRow>(
      `SELECT ${GALLERY_COLUMNS} FROM galleries g JOIN gallery_photos p ON p.gallery_id = g.id AND p.position = 0
       WHERE (g.published_at, g.id) < (@key, @id) ORDER BY g.published_at DESC, g.id DESC LIMIT @limit`,
    ),
    gallery: db.prepare<[number], GalleryRow>(
      `SELECT ${GALLERY_COLUMNS} FROM galleries g JOIN gallery_photos p ON p.gallery_id = g.id AND p.position = 0 WHERE g.id = ?`,
    ),
    photos: db.prepare<[number], PhotoRow>(
      'SELECT src, alt, credit, caption, width, height, srcset FROM gallery_photos WHERE gallery_id = ? ORDER BY position',
    ),
    galleryRelated: db.prepare<[number], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM gallery_related r JOIN articles a ON a.id = r.article_id WHERE r.gallery_id = ? ORDER BY r.position`,
    ),
    infographics: db.prepare<[Keyset], InfographicRow>(
      `SELECT ${INFOGRAPHIC_COLUMNS} FROM infographics
       WHERE (published_at, id) < (@key, @id) ORDER BY published_at DESC, id DESC LIMIT @limit`,
    ),
    infographic: db.prepare<[number], InfographicRow & { text_json: string }>(
      `SELECT ${INFOGRAPHIC_COLUMNS}, text_json FROM infographics WHERE id = ?`,
    ),
    infographicRelated: db.prepare<[number], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM infographic_related r JOIN articles a ON a.id = r.article_id WHERE r.infographic_id = ? ORDER BY r.position`,
    ),
    insertGallery: db.prepare<[{ id: number | null; title: string; lead: string; publishedAt: number; origin: string }]>(
      'INSERT INTO galleries (id, title, lead, published_at, origin) VALUES (@id, @title, @lead, @publishedAt, @origin)',
    ),
    insertPhoto: db.prepare(
      `INSERT INTO gallery_photos (gallery_id, position, src, alt, credit, caption, width, height, srcset)
       VALUES (@galleryId, @position, @src, @alt, @credit, @caption, @width, @height, @srcset)`,
    ),
    linkGallery: db.prepare<[number, number, number]>('INSERT OR IGNORE INTO gallery_related (gallery_id, article_id, position) VALUES (?, ?, ?)'),
    insertInfographic: db.prepare(
      `INSERT INTO infographics (id, title, lead, published_at, origin, image_src, image_alt, image_credit, image_width, image_height, text_json)
       VALUES (@id, @title, @lead, @publishedAt, @origin, @src, @alt, @credit, @width, @height, @text)`,
    ),
    linkInfographic: db.prepare<[number, number, number]>(
      'INSERT OR IGNORE INTO infographic_related (infographic_id, article_id, position) VALUES (?, ?, ?)',
    ),
    countDemoGalleries: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM galleries WHERE origin = 'demo'"),
    shiftDemoGalleries: db.prepare<[number]>("UPDATE galleries SET published_at = published_at + ? * 60000 WHERE origin = 'demo'"),
    shiftDemoInfographics: db.prepare<[number]>("UPDATE infographics SET published_at = published_at + ? * 60000 WHERE origin = 'demo'"),
  };

  const after = (cursor: Cursor | null, limit: number): Keyset =>
    cursor === null ? { key: MAX_KEY, id: MAX_KEY, limit: limit + 1 } : { key: cursor.key, id: cursor.id, limit: limit + 1 };

  return {
    /** Photo galleries, newest first, with photo counts and covers. */
    async galleries(limit: number, cursor: Cursor | null): Promise<Page<GallerySummary>> {
      return pageOf(stmt.galleries.all(after(cursor, limit)), limit, toGallerySummary, byTime);
    },

    /** One gallery with its photos in order, or null. */
    async gallery(id: number): Promise<Gallery | null> {
      const row = stmt.gallery.get(id);
      if (row === undefined) return null;
      return { ...toGallerySummary(row), photos: stmt.photos.all(id).map(toImage), related: stmt.galleryRelated.all(id).map(toSummary) };
    },

    /** Inserts a gallery with its photos (at least one); returns its id. */
    async insertGallery(input: GalleryInput): Promise<number> {
      if (input.photos.length === 0) throw new Error(`gallery "${input.title}" has no photos`);
      const { lastInsertRowid } = stmt.insertGallery.run({ id: input.id ?? null, title: input.title, lead: input.lead, publishedAt: input.publishedAt, origin: input.origin });
      const galleryId = Number(lastInsertRowid);
      input.photos.forEach((p, position) =>
        stmt.insertPhoto.run({ galleryId, position, src: p.src, alt: p.alt, credit: p.credit ?? null, caption: p.caption ?? null, width: p.width, height: p.height, srcset: p.srcset ?? null }),
      );
      input.related.forEach((articleId, i) => stmt.linkGallery.run(galleryId, articleId, i));
      return galleryId;
    },

    /** Infographics, newest first. */
    async infographics(limit: number, cursor: Cursor | null): Promise<Page<InfographicSummary>> {
      return pageOf(stmt.infographics.all(after(cursor, limit)), limit, toInfographicSummary, byTime);
    },

    /** One infographic with its text alternative, or null. */
    async infographic(id: number): Promise<Infographic | null> {
      const row = stmt.infographic.get(id);
      if (row === undefined) return null;
      // Written by insertInfographic from a checked value; parsed again so a hand-edited row fails loudly.
      const text = InfographicText.parse(JSON.parse(row.text_json));
      return { ...toInfographicSummary(row), text, related: stmt.infographicRelated.all(id).map(toSummary) };
    },

    /** Inserts an infographic; returns its id. */
    async insertInfographic(input: InfographicInput): Promise<number> {
      const text = InfographicText.parse(input.text);
      const { image } = input;
      const { lastInsertRowid } = stmt.insertInfographic.run({
        id: input.id ?? null,
        title: input.title,
        lead: input.lead,
        publishedAt: input.publishedAt,
        origin: input.origin,
        src: image.src,
        alt: image.alt,
        credit: image.credit ?? null,
        width: image.width,
        height: image.height,
        text: JSON.stringify(text),
      });
      const id = Number(lastInsertRowid);
      input.related.forEach((articleId, i) => stmt.linkInfographic.run(id, articleId, i));
      return id;
    },

    /** True when the demo galleries are in the store (a database seeded before galleries existed has none). */
    async hasDemoMedia(): Promise<boolean> {
      return (stmt.countDemoGalleries.get()?.n ?? 0) > 0;
    },

    /** Moves the demo galleries and infographics `minutes` later, with the demo articles. */
    async shiftDemoMedia(minutes: number): Promise<void> {
      stmt.shiftDemoGalleries.run(minutes);
      stmt.shiftDemoInfographics.run(minutes);
    },
  };
}
