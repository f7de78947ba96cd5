import type { Image, OtherMedia, Topic } from '../../contract/schemas';
import type { SectionSlug } from '../../contract/sections';
import { htmlToText } from '../html/articleHtml';
import type { Store } from './createStore';
import type { Db } from './openDatabase';
import { MARKERS } from './searchSnippet';

// Feed articles: found again by guid, then by link, and updated in place (the FTS triggers follow the
// UPDATE), so re-ingesting a feed never duplicates a story. Kept apart from createStore.ts on purpose.

/** An article from a feed, as the store takes it. */
export interface FeedArticleInput {
  /** Dedupe key: the guid (qualified by the feed when it is not a URI), or a hash when there is neither guid nor link. */
  guid: string | null;
  /** True when `guid` came from the feed itself. */
  hasGuid: boolean;
  link: string | null;
  section: SectionSlug;
  title: string;
  lead: string;
  /** Already sanitized with the article allow-list (absolutizeHtml, or the stored copy): stored as they are. */
  pages: string[];
  image?: Image;
  topics: Topic[];
  /** null when the feed gave no usable date: the ingest time for a new article, unchanged for a known one. */
  publishedAt: number | null;
  updatedAt: number | null;
  otherMedia: OtherMedia[];
}

/** What an upsert did. */
/** How many earlier versions of an article are kept. */
export const MAX_REVISIONS = 10;

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/** The columns of a stored article that the upsert compares. */
export interface StoredRow {
  id: number;
  guid: string | null;
  section: string;
  title: string;
  lead: string;
  pages: string;
  published_at: number;
  updated_at: number | null;
  link: string | null;
  image_src: string | null;
  image_alt: string | null;
  image_caption: string | null;
  image_credit: string | null;
  image_width: number | null;
  image_height: number | null;
  image_srcset: string | null;
  image_source: string | null;
}

/** StoredRow's columns, in SQL (both stores). */
export const STORED = `id, guid, section, title, lead, pages, published_at, updated_at, link, image_src, image_alt, image_caption, image_credit,
  image_width, image_height, image_srcset, image_source`;

/** The queries the upsert needs, over one store's connection (SQLite here; PostgreSQL in pg/). */
export interface IngestQueries {
  byGuid(guid: string): Promise<StoredRow | undefined>;
  /** The newest feed article with this link. */
  byLink(link: string): Promise<StoredRow | undefined>;
  topicSlugs(id: number): Promise<string[]>;
  otherMedia(id: number): Promise<OtherMedia[]>;
  update(row: StoredUpdate): Promise<void>;
  /** Keeps a version an update replaces (`at`: when it became current), and only the newest MAX_REVISIONS of the article. */
  keepRevision(id: number, revision: { at: number; title: string; lead: string; pages: string }): Promise<void>;
  /** Replaces the article's topics (persons dropped) and other media. */
  replaceTags(id: number, topics: readonly Topic[], otherMedia: readonly OtherMedia[]): Promise<void>;
}

/** An article row as the upsert rewrites it. */
export interface StoredUpdate {
  id: number;
  guid: string | null;
  link: string | null;
  section: string;
  title: string;
  lead: string;
  publishedAt: number;
  updatedAt: number;
  pages: string;
  bodyText: string;
  imageSrc: string | null;
  imageAlt: string | null;
  imageCredit: string | null;
  imageCaption: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  imageSrcset: string | null;
  imageSource: string | null;
}

/** Upserting feed articles over the same SQLite connection as `store`. */
export function createIngestStore(db: Db, store: Store) {
  const stmt = {
    byGuid: db.prepare<[string], StoredRow>(`SELECT ${STORED} FROM articles WHERE guid = ?`),
    byLink: db.prepare<[string], StoredRow>(
      `SELECT ${STORED} FROM articles WHERE link = ? AND origin = 'feed' ORDER BY id DESC LIMIT 1`,
    ),
    topics: db.prepare<[number], { slug: string }>('SELECT topic_slug AS slug FROM article_topics WHERE article_id = ? ORDER BY position'),
    otherMedia: db.prepare<[number], OtherMedia>('SELECT title, url, source FROM other_media WHERE article_id = ? ORDER BY position'),
    update: db.prepare<[StoredUpdate]>(
      `UPDATE articles SET guid = @guid, link = @link, section = @section, title = @title, lead = @lead,
         published_at = @publishedAt, updated_at = @updatedAt, pages = @pages, body_text = @bodyText,
         image_src = @imageSrc, image_alt = @imageAlt, image_credit = @imageCredit, image_caption = @imageCaption,
         image_width = @imageWidth, image_height = @imageHeight, image_srcset = @imageSrcset, image_source = @imageSource
       WHERE id = @id`,
    ),
    keepRevision: db.prepare<[number, number, string, string, string]>(
      'INSERT OR REPLACE INTO article_revisions (article_id, revised_at, title, lead, pages) VALUES (?, ?, ?, ?, ?)',
    ),
    pruneRevisions: db.prepare<[number, number, number]>(
      'DELETE FROM article_revisions WHERE article_id = ? AND revised_at NOT IN (SELECT revised_at FROM article_revisions WHERE article_id = ? ORDER BY revised_at DESC LIMIT ?)',
    ),
    deleteTopics: db.prepare<[number]>('DELETE FROM article_topics WHERE article_id = ?'),
    deletePersons: db.prepare<[number]>('DELETE FROM article_persons WHERE article_id = ?'),
    deleteOtherMedia: db.prepare<[number]>('DELETE FROM other_media WHERE article_id = ?'),
    upsertTopic: db.prepare<[string, string]>('INSERT INTO topics (slug, title) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING'),
    linkTopic: db.prepare<[number, string, number]>('INSERT OR IGNORE INTO article_topics (article_id, topic_slug, position) VALUES (?, ?, ?)'),
    addOtherMedia: db.prepare<[number, number, string, string, string]>(
      'INSERT INTO other_media (article_id, position, title, url, source) VALUES (?, ?, ?, ?, ?)',
    ),
  };
  return ingestStoreOver(
    {
      byGuid: async (guid) => stmt.byGuid.get(guid),
      byLink: async (link) => stmt.byLink.get(link),
      topicSlugs: async (id) => stmt.topics.all(id).map((t) => t.slug),
      otherMedia: async (id) => stmt.otherMedia.all(id),
      update: async (row) => {
        stmt.update.run(row);
      },
      keepRevision: async (id, r) => {
        stmt.keepRevision.run(id, r.at, r.title, r.lead, r.pages);
        stmt.pruneRevisions.run(id, id, MAX_REVISIONS);
      },
      replaceTags: async (id, topics, otherMedia) => {
        stmt.deleteTopics.run(id);
        stmt.deletePersons.run(id);
        stmt.deleteOtherMedia.run(id);
        topics.forEach((t, i) => {
          stmt.upsertTopic.run(t.slug, t.title);
          stmt.linkTopic.run(id, t.slug, i);
        });
        otherMedia.forEach((m, i) => stmt.addOtherMedia.run(id, i, m.title, m.url, m.source));
      },
    },
    store,
  );
}

/** The upsert of feed articles over either store's queries. */
export function ingestStoreOver(q: IngestQueries, store: Store) {
  // Guid first; then the link, unless both sides carry different guids (two stories behind one link).
  const find = async (article: FeedArticleInput): Promise<StoredRow | undefined> => {
    const byGuid = article.guid === null ? undefined : await q.byGuid(article.guid);
    if (byGuid !== undefined) return byGuid;
    if (article.link === null) return undefined;
    const byLink = await q.byLink(article.link);
    if (byLink === undefined) return undefined;
    return article.hasGuid && byLink.guid !== null && byLink.guid !== article.guid ? undefined : byLink;
  };

  const same = async (row: StoredRow, article: FeedArticleInput, pages: string, publishedAt: number): Promise<boolean> => {
    const image = article.image;
    const topics = (await q.topicSlugs(row.id)).join('\n');
    const media = JSON.stringify(await q.otherMedia(row.id));
    return (
      row.section === article.section && row.title === article.title && row.lead === article.lead && row.pages === pages &&
      row.published_at === publishedAt && row.link === article.link && (row.guid === article.guid || article.guid === null) &&
      row.image_src === (image?.src ?? null) && row.image_alt === (image?.alt ?? null) &&
      row.image_caption === (image?.caption ?? null) && row.image_credit === (image?.credit ?? null) &&
      row.image_width === (image?.width ?? null) && row.image_height === (image?.height ?? null) &&
      row.image_srcset === (image?.srcset ?? null) && row.image_source === (image?.sourceUrl ?? null) &&
      topics === article.topics.map((t) => t.slug).join('\n') && media === JSON.stringify(article.otherMedia)
    );
  };

  return {
    /** The stored (sanitized) pages of the article this one would update, or null when it is new. */
    async storedPages(article: FeedArticleInput): Promise<string[] | null> {
      const row = await find(article);
      if (row === undefined) return null;
      const pages: unknown = JSON.parse(row.pages);
      return Array.isArray(pages) ? pages.filter((p): p is string => typeof p === 'string') : null;
    },

    /**
     * Inserts a feed article, or updates the one with the same guid (else link): tags and other media
     * are replaced, `updatedAt` set (the feed's, else `now`). A missing date means `now` for a new article.
     */
    async upsertFeedArticle(article: FeedArticleInput, now: number): Promise<{ id: number; outcome: UpsertOutcome }> {
      const clean = {
        ...article,
        title: article.title.replace(MARKERS, ''),
        lead: article.lead.replace(MARKERS, ''),
      };
      const existing = await find(clean);
      if (existing === undefined) {
        const input = {
          section: clean.section,
          title: clean.title,
          lead: clean.lead,
          datelinePlace: '',
          publishedAt: clean.publishedAt ?? now,
          pages: clean.pages,
          persons: [],
          topics: clean.topics,
          otherMedia: clean.otherMedia,
          origin: 'feed' as const,
          pagesSanitized: true as const,
          ...(clean.image === undefined ? {} : { image: clean.image }),
          ...(clean.updatedAt === null ? {} : { updatedAt: clean.updatedAt }),
          ...(clean.guid === null ? {} : { guid: clean.guid }),
          ...(clean.link === null ? {} : { link: clean.link }),
        };
        return { id: await store.insertArticle(input), outcome: 'created' };
      }
      const pages = JSON.stringify(clean.pages);
      const publishedAt = clean.publishedAt ?? existing.published_at;
      if (await same(existing, clean, pages, publishedAt)) return { id: existing.id, outcome: 'unchanged' };
      const id = existing.id;
      // One transaction (or the caller's): the row and its tags change together.
      await store.transaction(async () => {
        // What a reader may have read: the words changed, the version they replace is kept.
        if (existing.title !== clean.title || existing.lead !== clean.lead || existing.pages !== pages) {
          await q.keepRevision(id, { at: existing.updated_at ?? existing.published_at, title: existing.title, lead: existing.lead, pages: existing.pages });
        }
        await q.update({
          id,
          guid: clean.guid ?? existing.guid,
          link: clean.link,
          section: clean.section,
          title: clean.title,
          lead: clean.lead,
          publishedAt,
          updatedAt: clean.updatedAt !== null && clean.updatedAt > publishedAt ? clean.updatedAt : Math.max(now, publishedAt),
          pages,
          bodyText: clean.pages.map(htmlToText).join('\n'),
          imageSrc: clean.image?.src ?? null,
          imageAlt: clean.image?.alt ?? null,
          imageCredit: clean.image?.credit ?? null,
          imageCaption: clean.image?.caption ?? null,
          imageWidth: clean.image?.width ?? null,
          imageHeight: clean.image?.height ?? null,
          imageSrcset: clean.image?.srcset ?? null,
          imageSource: clean.image?.sourceUrl ?? null,
        });
        await q.replaceTags(id, clean.topics, clean.otherMedia);
      });
      return { id, outcome: 'updated' };
    },
  };
}

/** The ingest store's interface. */
export type IngestStore = ReturnType<typeof ingestStoreOver>;
