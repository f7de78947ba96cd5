import type { Article, ArticleSummary, Image, MostReadPeriod, Person, Topic } from '../../contract/schemas';
import type { PersonCount, SearchHit, TopicCount } from '../../contract/discoverySchemas';
import { SECTION_SLUGS, type SectionSlug as Slug } from '../../contract/sections';
import { htmlToText, sanitizeArticleHtml } from '../html/articleHtml';
import { type RevisionRow, SUMMARY_COLUMNS, type SummaryRow, toIso, toRevisions, toSummary } from './articleRows';
import type { Cursor } from './cursor';
import { type Page, pageOf } from './pageOf';
import { createMediaStore } from './createMediaStore';
import { formatDateline } from './dateline';
import type { Db } from './openDatabase';
import { toFtsQuery } from './ftsQuery';
import { createRatesStore } from '../rates/createRatesStore';
import { createSqliteTransaction } from './createSqliteTransaction';
import { MARKERS, parseSnippet } from './searchSnippet';

/** An article as it enters the store; its HTML is sanitized on the way in. */
export interface ArticleInput {
  id?: number;
  section: Slug;
  title: string;
  lead: string;
  datelinePlace: string;
  publishedAt: number;
  updatedAt?: number;
  isTop?: boolean;
  image?: Image;
  pages: string[];
  persons: Person[];
  topics: Topic[];
  otherMedia: { title: string; url: string; source: string }[];
  origin: 'demo' | 'synthetic' | 'feed';
  guid?: string;
  link?: string;
  /**
   * True when `pages` are the article sanitizer's output already (ingest sanitizes each feed body once,
   * in absolutizeHtml): they are stored as they are. Sanitizing 8 KB again cost as much as the first time.
   */
  pagesSanitized?: true;
}

/** Search filters besides the text. */
export interface SearchFilters {
  sections: readonly Slug[] | null;
  from: number | null;
  to: number | null;
}

/** What a reader follows (My News): sections, topics and persons by slug; an empty list follows none. */
export interface Follows {
  sections: readonly Slug[];
  topics: readonly string[];
  persons: readonly string[];
}

/** Length of each Most read window, in minutes: now = the last hour, today = 24 hours, week = 7 days. */
export const MOST_READ_WINDOWS: Record<MostReadPeriod, number> = { now: 60, today: 24 * 60, week: 7 * 24 * 60 };

interface ArticleRow extends SummaryRow {
  origin: string;
  dateline_place: string;
  updated_at: number | null;
  pages: string;
}

interface Keyset {
  key: number;
  id: number;
  limit: number;
}

interface SearchParams {
  match: string;
  sections: string;
  from: number;
  to: number;
}

const MAX_KEY = Number.MAX_SAFE_INTEGER;
const ALL_SECTIONS = JSON.stringify(SECTION_SLUGS);

interface FollowsJson {
  sections: string;
  topics: string;
  persons: string;
}

const FOLLOWED = `(+section IN (SELECT value FROM json_each(@sections))
  OR id IN (SELECT article_id FROM article_topics WHERE topic_slug IN (SELECT value FROM json_each(@topics)))
  OR id IN (SELECT article_id FROM article_persons WHERE person_slug IN (SELECT value FROM json_each(@persons))))`;

function followsJson(follows: Follows): FollowsJson {
  return { sections: JSON.stringify(follows.sections), topics: JSON.stringify(follows.topics), persons: JSON.stringify(follows.persons) };
}

function sectionsJson(sections: readonly Slug[] | null): string {
  return sections === null ? ALL_SECTIONS : JSON.stringify(sections);
}

/** The store: every query the API needs, as prepared statements over one SQLite connection. */
export function createStore(db: Db) {
  const stmt = {
    count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles'),
    feed: db.prepare<[Keyset & { sections: string }], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles
       WHERE +section IN (SELECT value FROM json_each(@sections)) AND (published_at, id) < (@key, @id)
       ORDER BY published_at DESC, id DESC LIMIT @limit`,
    ),
    // One section: walk that section's own index in order (the filter above would scan every
    // article for a section that has few).
    sectionFeed: db.prepare<[Keyset & { section: string }], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles
       WHERE section = @section AND (published_at, id) < (@key, @id)
       ORDER BY published_at DESC, id DESC LIMIT @limit`,
    ),
    newerCount: db.prepare<[{ sections: string; key: number; id: number }], { n: number }>(
      `SELECT count(*) AS n FROM articles
       WHERE +section IN (SELECT value FROM json_each(@sections)) AND (published_at, id) > (@key, @id)`,
    ),
    newer: db.prepare<[Keyset & { sections: string }], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles
       WHERE +section IN (SELECT value FROM json_each(@sections)) AND (published_at, id) > (@key, @id)
       ORDER BY published_at DESC, id DESC LIMIT @limit`,
    ),
    // My News: every story of a followed section, topic or person, once, newest first. The IN lists
    // are built once per statement; the walk goes down the articles' time index.
    followed: db.prepare<[Keyset & FollowsJson], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE (published_at, id) < (@key, @id) AND ${FOLLOWED}
       ORDER BY published_at DESC, id DESC LIMIT @limit`,
    ),
    followedSince: db.prepare<[FollowsJson & { since: number; cap: number }], { n: number }>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM articles WHERE published_at > @since AND ${FOLLOWED} LIMIT @cap)`,
    ),
    keyset: db.prepare<[number], { published_at: number; id: number }>('SELECT published_at, id FROM articles WHERE id = ?'),
    top: db.prepare<[number], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE is_top = 1 ORDER BY published_at DESC, id DESC LIMIT ?`,
    ),
    article: db.prepare<[number], ArticleRow>(
      `SELECT ${SUMMARY_COLUMNS}, origin, dateline_place, updated_at, pages FROM articles WHERE id = ?`,
    ),
    exists: db.prepare<[number], { id: number }>('SELECT id FROM articles WHERE id = ?'),
    persons: db.prepare<[number], Person>(
      `SELECT p.slug, p.name FROM article_persons ap JOIN persons p ON p.slug = ap.person_slug
       WHERE ap.article_id = ? ORDER BY ap.position`,
    ),
    topics: db.prepare<[number], Topic>(
      `SELECT t.slug, t.title FROM article_topics at JOIN topics t ON t.slug = at.topic_slug
       WHERE at.article_id = ? ORDER BY at.position`,
    ),
    related: db.prepare<[number], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM article_related r JOIN articles a ON a.id = r.related_id
       WHERE r.article_id = ? ORDER BY r.position`,
    ),
    otherMedia: db.prepare<[number], { title: string; url: string; source: string }>(
      'SELECT title, url, source FROM other_media WHERE article_id = ? ORDER BY position',
    ),
    revisions: db.prepare<[number], RevisionRow>('SELECT revised_at, title, lead, pages FROM article_revisions WHERE article_id = ? ORDER BY revised_at DESC'),
    addViews: db.prepare<[number, number, number]>(
      `INSERT INTO article_views (article_id, bucket, count) VALUES (?, ?, ?)
       ON CONFLICT (article_id, bucket) DO UPDATE SET count = count + excluded.count`,
    ),
    mostRead: db.prepare<[number, number], SummaryRow & { reads: number }>(
      `SELECT ${SUMMARY_COLUMNS}, v.reads FROM (
         SELECT article_id, sum(count) AS reads FROM article_views WHERE bucket >= ?
         GROUP BY article_id ORDER BY reads DESC, article_id DESC LIMIT ?
       ) v JOIN articles a ON a.id = v.article_id ORDER BY v.reads DESC, a.id DESC`,
    ),
    // Search in steps: rank (bm25 only, joining articles only when filtering), then read the page's
    // rows and make snippets for those alone; a snippet for every match cost most of the time.
    searchRank: db.prepare<[{ match: string } & Keyset], { id: number; score: number }>(
      `SELECT id, score FROM (
         SELECT rowid AS id, bm25(articles_fts, 10.0, 4.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH @match
       ) WHERE score > @key OR (score = @key AND id > @id)
       ORDER BY score, id LIMIT @limit`,
    ),
    searchRankFiltered: db.prepare<[SearchParams & Keyset], { id: number; score: number }>(
      `SELECT id, score FROM (
         SELECT a.id, bm25(articles_fts, 10.0, 4.0, 1.0) AS score
         FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
         WHERE articles_fts MATCH @match AND a.section IN (SELECT value FROM json_each(@sections))
           AND a.published_at >= @from AND a.published_at < @to
       ) WHERE score > @key OR (score = @key AND id > @id)
       ORDER BY score, id LIMIT @limit`,
    ),
    searchRows: db.prepare<[string], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE id IN (SELECT value FROM json_each(?))`),
    searchSnippets: db.prepare<[{ match: string; ids: string }], { id: number; marked: string }>(
      `SELECT rowid AS id, snippet(articles_fts, -1, char(57344), char(57345), '…', 24) AS marked
       FROM articles_fts WHERE articles_fts MATCH @match AND rowid IN (SELECT value FROM json_each(@ids))`,
    ),
    searchCount: db.prepare<[{ match: string }], { n: number }>('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH @match'),
    searchCountFiltered: db.prepare<[SearchParams], { n: number }>(
      `SELECT count(*) AS n FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
       WHERE articles_fts MATCH @match AND a.section IN (SELECT value FROM json_each(@sections))
         AND a.published_at >= @from AND a.published_at < @to`,
    ),
    topic: db.prepare<[string], Topic>('SELECT slug, title FROM topics WHERE slug = ?'),
    topicArticles: db.prepare<[Keyset & { slug: string }], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM article_topics at JOIN articles a ON a.id = at.article_id
       WHERE at.topic_slug = @slug AND (a.published_at, a.id) < (@key, @id)
       ORDER BY a.published_at DESC, a.id DESC LIMIT @limit`,
    ),
    person: db.prepare<[string], Person>('SELECT slug, name FROM persons WHERE slug = ?'),
    personArticles: db.prepare<[Keyset & { slug: string }], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM article_persons ap JOIN articles a ON a.id = ap.article_id
       WHERE ap.person_slug = @slug AND (a.published_at, a.id) < (@key, @id)
       ORDER BY a.published_at DESC, a.id DESC LIMIT @limit`,
    ),
    insertArticle: db.prepare(
      `INSERT INTO articles (id, section, title, lead, dateline_place, published_at, updated_at, is_top,
         image_src, image_alt, image_credit, image_caption, image_width, image_height, image_srcset, image_source,
         pages, body_text, origin, guid, link)
       VALUES (@id, @section, @title, @lead, @datelinePlace, @publishedAt, @updatedAt, @isTop,
         @imageSrc, @imageAlt, @imageCredit, @imageCaption, @imageWidth, @imageHeight, @imageSrcset, @imageSource,
         @pages, @bodyText, @origin, @guid, @link)`,
    ),
    upsertPerson: db.prepare<[string, string]>('INSERT INTO persons (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET name = excluded.name'),
    upsertTopic: db.prepare<[string, string]>('INSERT INTO topics (slug, title) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET title = excluded.title'),
    linkPerson: db.prepare<[number, string, number]>('INSERT OR IGNORE INTO article_persons (article_id, person_slug, position) VALUES (?, ?, ?)'),
    linkTopic: db.prepare<[number, string, number]>('INSERT OR IGNORE INTO article_topics (article_id, topic_slug, position) VALUES (?, ?, ?)'),
    linkRelated: db.prepare<[number, number, number]>('INSERT OR IGNORE INTO article_related (article_id, related_id, position) VALUES (?, ?, ?)'),
    addOtherMedia: db.prepare<[number, number, string, string, string]>(
      'INSERT INTO other_media (article_id, position, title, url, source) VALUES (?, ?, ?, ?, ?)',
    ),
    shiftDemoArticles: db.prepare<[number]>("UPDATE articles SET published_at = published_at + ? * 60000 WHERE origin = 'demo'"),
    deleteDemoViews: db.prepare("DELETE FROM article_views WHERE article_id IN (SELECT id FROM articles WHERE origin = 'demo')"),
    topicList: db.prepare<[], TopicCount>(
      `SELECT t.slug, t.title, count(*) AS articles FROM topics t JOIN article_topics at ON at.topic_slug = t.slug
       GROUP BY t.slug ORDER BY t.title COLLATE NOCASE, t.slug`,
    ),
    personList: db.prepare<[], PersonCount>(
      `SELECT p.slug, p.name, count(*) AS articles FROM persons p JOIN article_persons ap ON ap.person_slug = p.slug
       GROUP BY p.slug ORDER BY p.name COLLATE NOCASE, p.slug`,
    ),
    // Rows written by this connection (total_changes) and commits by any other (data_version).
    contentVersion: db.prepare<[], { changes: number; data_version: number }>(
      'SELECT total_changes() AS changes, data_version FROM pragma_data_version()',
    ),
    getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
    setMeta: db.prepare<[string, string]>('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };

  // Rows after `cursor` (or from the top), one more than asked to know whether a next page exists.
  const after = (cursor: Cursor | null, limit: number): Keyset =>
    cursor === null ? { key: MAX_KEY, id: MAX_KEY, limit: limit + 1 } : { key: cursor.key, id: cursor.id, limit: limit + 1 };
  const byTime = (row: SummaryRow): number => row.published_at;
  const media = createMediaStore(db);
  const transaction = createSqliteTransaction(db);
  // Reads counted for Most read change no other answer, so they do not count as changes of content.
  let viewChanges = 0;

  return {
    /** Exchange rates (src/server/rates). */
    rates: createRatesStore(db),

    /** Number of articles stored. */
    async countArticles(): Promise<number> {
      return stmt.count.get()?.n ?? 0;
    },

    /** Newest first, optionally limited to `sections`, after `cursor`. */
    async feed(sections: readonly Slug[] | null, limit: number, cursor: Cursor | null): Promise<Page<ArticleSummary>> {
      const only = sections?.length === 1 ? sections[0] : undefined;
      const rows = only !== undefined ? stmt.sectionFeed.all({ section: only, ...after(cursor, limit) }) : stmt.feed.all({ sections: sectionsJson(sections), ...after(cursor, limit) });
      return pageOf(rows, limit, toSummary, byTime);
    },

    /** My News: the stories of everything followed, newest first, after `cursor`. */
    async followed(follows: Follows, limit: number, cursor: Cursor | null): Promise<Page<ArticleSummary>> {
      return pageOf(stmt.followed.all({ ...followsJson(follows), ...after(cursor, limit) }), limit, toSummary, byTime);
    },

    /** How many stories of everything followed were published after `since` (epoch ms), counting at most `cap`. */
    async followedSince(follows: Follows, since: number, cap: number): Promise<number> {
      return stmt.followedSince.get({ ...followsJson(follows), since, cap })?.n ?? 0;
    },

    /** Articles of `sections` newer than article `afterId` (the newest the reader has): how many, and the newest `limit`. Null when `afterId` is unknown. */
    async newerThan(sections: readonly Slug[] | null, afterId: number, limit: number): Promise<{ count: number; items: ArticleSummary[] } | null> {
      const since = stmt.keyset.get(afterId);
      if (since === undefined) return null;
      const params = { sections: sectionsJson(sections), key: since.published_at, id: since.id };
      const count = stmt.newerCount.get(params)?.n ?? 0;
      const items = count === 0 ? [] : stmt.newer.all({ ...params, limit }).map(toSummary);
      return { count, items };
    },

    /** The newest top stories. */
    async topStories(limit: number): Promise<ArticleSummary[]> {
      return stmt.top.all(limit).map(toSummary);
    },

    /** The whole article, or null when no article has this id. */
    async article(id: number): Promise<Article | null> {
      const row = stmt.article.get(id);
      if (row === undefined) return null;
      const pages: unknown = JSON.parse(row.pages);
      const article: Article = {
        ...toSummary(row),
        // Our dateline ("MOSCOW, January 23. /NEWSWIRE/.") is for our own stories, never other outlets'.
        dateline: row.origin === 'feed' ? '' : formatDateline(row.dateline_place, row.published_at),
        pages: Array.isArray(pages) ? pages.filter((p): p is string => typeof p === 'string') : [],
        persons: stmt.persons.all(id),
        topics: stmt.topics.all(id),
        related: stmt.related.all(id).map(toSummary),
        otherMedia: stmt.otherMedia.all(id),
      };
      if (row.updated_at !== null) article.updatedAt = toIso(row.updated_at);
      const revisions = toRevisions(stmt.revisions.all(id));
      if (revisions.length > 0) article.revisions = revisions;
      return article;
    },

    /** True when an article has this id. */
    async hasArticle(id: number): Promise<boolean> {
      return stmt.exists.get(id) !== undefined;
    },

    /** Counts one read of article `id` at time `now`; false when there is no such article. */
    async addView(id: number, now: number): Promise<boolean> {
      if (stmt.exists.get(id) === undefined) return false;
      viewChanges += stmt.addViews.run(id, Math.floor(now / 60_000), 1).changes;
      return true;
    },

    /** The most read articles of the window `period` ending at `now`. */
    async mostRead(period: MostReadPeriod, limit: number, now: number): Promise<ArticleSummary[]> {
      const since = Math.floor(now / 60_000) - MOST_READ_WINDOWS[period] + 1;
      return stmt.mostRead.all(since, limit).map(toSummary);
    },

    /** Full-text search ranked by bm25 (title weighs most), with a highlighted plain-text snippet. */
    async search(text: string, filters: SearchFilters, limit: number, cursor: Cursor | null): Promise<Page<SearchHit> & { total: number }> {
      const match = toFtsQuery(text);
      if (match === null) return { items: [], total: 0, nextCursor: null };
      const params: SearchParams = {
        match,
        sections: sectionsJson(filters.sections),
        from: filters.from ?? -MAX_KEY,
        to: filters.to ?? MAX_KEY,
      };
      const position = { ...(cursor ?? { key: -Number.MAX_VALUE, id: 0 }), limit: limit + 1 };
      const filtered = filters.sections !== null || filters.from !== null || filters.to !== null;
      const ranked = filtered ? stmt.searchRankFiltered.all({ ...params, ...position }) : stmt.searchRank.all({ match, ...position });
      const ids = JSON.stringify(ranked.slice(0, limit).map((r) => r.id));
      const rows = new Map(stmt.searchRows.all(ids).map((row) => [row.id, row]));
      const snippets = new Map(stmt.searchSnippets.all({ match, ids }).map((s) => [s.id, s.marked]));
      const page = pageOf(
        ranked,
        limit,
        (r) => r,
        (r) => r.score,
      );
      const items = page.items.flatMap((r) => {
        const row = rows.get(r.id);
        return row === undefined ? [] : [{ ...toSummary(row), ...parseSnippet(snippets.get(r.id) ?? row.lead) }];
      });
      const total = (filtered ? stmt.searchCountFiltered.get(params) : stmt.searchCount.get({ match }))?.n ?? 0;
      return { items, nextCursor: page.nextCursor, total };
    },

    /** A topic and a page of its articles, or null for an unknown slug. */
    async topic(slug: string, limit: number, cursor: Cursor | null): Promise<{ topic: Topic } & Page<ArticleSummary> | null> {
      const topic = stmt.topic.get(slug);
      if (topic === undefined) return null;
      return { topic, ...pageOf(stmt.topicArticles.all({ slug, ...after(cursor, limit) }), limit, toSummary, byTime) };
    },

    /** A person and a page of the articles that mention them, or null for an unknown slug. */
    async person(slug: string, limit: number, cursor: Cursor | null): Promise<{ person: Person } & Page<ArticleSummary> | null> {
      const person = stmt.person.get(slug);
      if (person === undefined) return null;
      return { person, ...pageOf(stmt.personArticles.all({ slug, ...after(cursor, limit) }), limit, toSummary, byTime) };
    },

    /** Every topic that has articles, by title, with the number of its articles. */
    async topicList(): Promise<TopicCount[]> {
      return stmt.topicList.all();
    },

    /** Every person mentioned in articles, by name, with the number of those articles. */
    async personList(): Promise<PersonCount[]> {
      return stmt.personList.all();
    },

    /**
     * A value that changes whenever content changes: any write through this connection (whatever
     * code makes it) or a commit by another connection or process. Answers cached under one value
     * are stale once it differs. Counted reads (addView) are left out: they only change Most read.
     */
    contentVersion(): string {
      const row = stmt.contentVersion.get();
      return `${String((row?.changes ?? 0) - viewChanges)}.${String(row?.data_version ?? 0)}`;
    },

    ...media,

    /** Inserts an article (sanitizing its HTML) with its tags and other media; returns its id. */
    async insertArticle(input: ArticleInput): Promise<number> {
      const pages = input.pages.map((page) => (input.pagesSanitized === true ? page : sanitizeArticleHtml(page.replace(MARKERS, ''))));
      const result = stmt.insertArticle.run({
        id: input.id ?? null,
        section: input.section,
        title: input.title.replace(MARKERS, ''),
        lead: input.lead.replace(MARKERS, ''),
        datelinePlace: input.datelinePlace,
        publishedAt: input.publishedAt,
        updatedAt: input.updatedAt ?? null,
        isTop: input.isTop === true ? 1 : 0,
        imageSrc: input.image?.src ?? null,
        imageAlt: input.image?.alt ?? null,
        imageCredit: input.image?.credit ?? null,
        imageCaption: input.image?.caption ?? null,
        imageWidth: input.image?.width ?? null,
        imageHeight: input.image?.height ?? null,
        imageSrcset: input.image?.srcset ?? null,
        imageSource: input.image?.sourceUrl ?? null,
        pages: JSON.stringify(pages),
        bodyText: pages.map(htmlToText).join('\n'),
        origin: input.origin,
        guid: input.guid ?? null,
        link: input.link ?? null,
      });
      const id = Number(result.lastInsertRowid);
      input.persons.forEach((p, i) => {
        stmt.upsertPerson.run(p.slug, p.name);
        stmt.linkPerson.run(id, p.slug, i);
      });
      input.topics.forEach((t, i) => {
        stmt.upsertTopic.run(t.slug, t.title);
        stmt.linkTopic.run(id, t.slug, i);
      });
      input.otherMedia.forEach((m, i) => stmt.addOtherMedia.run(id, i, m.title, m.url, m.source));
      return id;
    },

    /** Sets the related articles of `id`, in order. */
    async setRelated(id: number, relatedIds: readonly number[]): Promise<void> {
      relatedIds.forEach((rel, i) => stmt.linkRelated.run(id, rel, i));
    },

    /** Adds `count` reads of article `id` in the minute bucket of `at` (demo data and tests). */
    async addViews(id: number, at: number, count: number): Promise<void> {
      stmt.addViews.run(id, Math.floor(at / 60_000), count);
    },

    /** Moves the demo articles `minutes` later and forgets their reads (the demo seed re-creates them). */
    async shiftDemo(minutes: number): Promise<void> {
      await transaction(async () => {
        stmt.shiftDemoArticles.run(minutes);
        stmt.deleteDemoViews.run();
        await media.shiftDemoMedia(minutes);
      });
    },

    /** A value of the meta table. */
    async getMeta(key: string): Promise<string | null> {
      return stmt.getMeta.get(key)?.value ?? null;
    },

    /** Sets a value of the meta table. */
    async setMeta(key: string, value: string): Promise<void> {
      stmt.setMeta.run(key, value);
    },

    /** Runs `fn` in one transaction: every store call it awaits commits with it, or none does. */
    transaction,
  };
}

/** The store's interface. */
export type Store = ReturnType<typeof createStore>;
