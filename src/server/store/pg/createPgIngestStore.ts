import type { OtherMedia } from '../../../contract/schemas';
import type { Store } from '../createStore';
import { type IngestStore, ingestStoreOver, MAX_REVISIONS, STORED, type StoredRow } from '../ingestStore';
import type { PgDb } from './openPgDatabase';

/** Upserting feed articles over PostgreSQL (createIngestStore's twin). */
export function createPgIngestStore(db: PgDb, store: Store): IngestStore {
  const columns = STORED.replace('pages', 'pages::text AS pages');
  return ingestStoreOver(
    {
      byGuid: (guid) => db.row<StoredRow>(`SELECT ${columns} FROM articles WHERE guid = $1`, [guid]),
      byLink: (link) => db.row<StoredRow>(`SELECT ${columns} FROM articles WHERE link = $1 AND origin = 'feed' ORDER BY id DESC LIMIT 1`, [link]),
      topicSlugs: async (id) => (await db.rows<{ slug: string }>('SELECT topic_slug AS slug FROM article_topics WHERE article_id = $1 ORDER BY position', [id])).map((t) => t.slug),
      otherMedia: (id) => db.rows<OtherMedia>('SELECT title, url, source FROM other_media WHERE article_id = $1 ORDER BY position', [id]),
      update: async (row) => {
        await db.write(
          `UPDATE articles SET guid = $2, link = $3, section = $4, title = $5, lead = $6, published_at = $7, updated_at = $8,
             pages = $9, body_text = $10, image_src = $11, image_alt = $12, image_credit = $13, image_caption = $14,
             image_width = $15, image_height = $16, image_srcset = $17, image_source = $18
           WHERE id = $1`,
          [row.id, row.guid, row.link, row.section, row.title, row.lead, row.publishedAt, row.updatedAt, row.pages, row.bodyText,
            row.imageSrc, row.imageAlt, row.imageCredit, row.imageCaption, row.imageWidth, row.imageHeight, row.imageSrcset, row.imageSource],
        );
      },
      keepRevision: async (id, r) => {
        await db.write(
          `INSERT INTO article_revisions (article_id, revised_at, title, lead, pages) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (article_id, revised_at) DO UPDATE SET title = excluded.title, lead = excluded.lead, pages = excluded.pages`,
          [id, r.at, r.title, r.lead, r.pages],
        );
        await db.write(
          'DELETE FROM article_revisions WHERE article_id = $1 AND revised_at NOT IN (SELECT revised_at FROM article_revisions WHERE article_id = $1 ORDER BY revised_at DESC LIMIT $2)',
          [id, MAX_REVISIONS],
        );
      },
      replaceTags: async (id, topics, otherMedia) => {
        await db.write('DELETE FROM article_topics WHERE article_id = $1', [id]);
        await db.write('DELETE FROM article_persons WHERE article_id = $1', [id]);
        await db.write('DELETE FROM other_media WHERE article_id = $1', [id]);
        for (const [i, t] of topics.entries()) {
          await db.write('INSERT INTO topics (slug, title) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING', [t.slug, t.title]);
          await db.write('INSERT INTO article_topics (article_id, topic_slug, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [id, t.slug, i]);
        }
        for (const [i, m] of otherMedia.entries()) {
          await db.write('INSERT INTO other_media (article_id, position, title, url, source) VALUES ($1, $2, $3, $4, $5)', [id, i, m.title, m.url, m.source]);
        }
      },
    },
    store,
  );
}
