import type { Article, ArticleSummary, MostReadPeriod, Person, Topic } from '../../../contract/schemas';
import type { PersonCount, SearchHit, TopicCount } from '../../../contract/discoverySchemas';
import type { SectionSlug as Slug } from '../../../contract/sections';
import { htmlToText, sanitizeArticleHtml } from '../../html/articleHtml';
import { type RevisionRow, SUMMARY_COLUMNS, type SummaryRow, toIso, toRevisions, toSummary } from '../articleRows';
import { MOST_READ_WINDOWS, type ArticleInput, type Follows, type SearchFilters, type Store } from '../createStore';
import type { Cursor } from '../cursor';
import { formatDateline } from '../dateline';
import { type Page, pageOf } from '../pageOf';
import { MARKERS, MARK_END, MARK_START, parseSnippet } from '../searchSnippet';
import { createPgMediaStore } from './createPgMediaStore';
import { createPgRatesStore } from './createPgRatesStore';
import type { PgDb } from './openPgDatabase';
import { bumpIdentity, keysetAfter, SUMMARY_OF_A } from './pgRows';
import { toTsQuery } from './toTsQuery';

interface ArticleRow extends SummaryRow {
  origin: string;
  dateline_place: string;
  updated_at: number | null;
  pages: string;
}

// ts_rank with the weights of SQLite's bm25 (title 10, lead 4, body 1; D, C, B, A order), negated so
// that, as with bm25, a lower score ranks higher; float8 so the cursor's key compares exactly.
const SCORE = "(-ts_rank('{0.1, 0.1, 0.4, 1.0}', a.search, q))::float8";
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=24, MinWords=12, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "`;

// My News: a story of a followed section ($1), topic ($2) or person ($3).
const FOLLOWED = `(section = ANY($1::text[])
  OR id IN (SELECT article_id FROM article_topics WHERE topic_slug = ANY($2::text[]))
  OR id IN (SELECT article_id FROM article_persons WHERE person_slug = ANY($3::text[])))`;

/** The store over PostgreSQL: the same interface and answers as createStore over SQLite. */
export function createPgStore(db: PgDb): Store {
  const byTime = (row: SummaryRow): number => row.published_at;
  const media = createPgMediaStore(db);

  const article = async (id: number): Promise<Article | null> => {
    const row = await db.row<ArticleRow>(`SELECT ${SUMMARY_COLUMNS}, origin, dateline_place, updated_at, pages FROM articles WHERE id = $1`, [id]);
    if (row === undefined) return null;
    const [persons, topics, related, otherMedia, revisions] = await Promise.all([
      db.rows<Person>('SELECT p.slug, p.name FROM article_persons ap JOIN persons p ON p.slug = ap.person_slug WHERE ap.article_id = $1 ORDER BY ap.position', [id]),
      db.rows<Topic>('SELECT t.slug, t.title FROM article_topics at JOIN topics t ON t.slug = at.topic_slug WHERE at.article_id = $1 ORDER BY at.position', [id]),
      db.rows<SummaryRow>(`SELECT ${SUMMARY_OF_A} FROM article_related r JOIN articles a ON a.id = r.related_id WHERE r.article_id = $1 ORDER BY r.position`, [id]),
      db.rows<{ title: string; url: string; source: string }>('SELECT title, url, source FROM other_media WHERE article_id = $1 ORDER BY position', [id]),
      db.rows<RevisionRow>('SELECT revised_at, title, lead, pages::text AS pages FROM article_revisions WHERE article_id = $1 ORDER BY revised_at DESC', [id]),
    ]);
    const pages: unknown = JSON.parse(row.pages);
    const result: Article = {
      ...toSummary(row),
      dateline: row.origin === 'feed' ? '' : formatDateline(row.dateline_place, row.published_at),
      pages: Array.isArray(pages) ? pages.filter((p): p is string => typeof p === 'string') : [],
      persons,
      topics,
      related: related.map(toSummary),
      otherMedia,
    };
    if (row.updated_at !== null) result.updatedAt = toIso(row.updated_at);
    if (revisions.length > 0) result.revisions = toRevisions(revisions);
    return result;
  };

  const search = async (text: string, filters: SearchFilters, limit: number, cursor: Cursor | null): Promise<Page<SearchHit> & { total: number }> => {
    const query = toTsQuery(text);
    if (query === null) return { items: [], total: 0, nextCursor: null };
    const conditions = ['a.search @@ q'];
    const params: unknown[] = [query];
    if (filters.sections !== null) conditions.push(`a.section = ANY($${String(params.push(filters.sections))}::text[])`);
    if (filters.from !== null) conditions.push(`a.published_at >= $${String(params.push(filters.from))}`);
    if (filters.to !== null) conditions.push(`a.published_at < $${String(params.push(filters.to))}`);
    const where = conditions.join(' AND ');
    const [key, id] = cursor === null ? [-Number.MAX_VALUE, 0] : [cursor.key, cursor.id];
    const k = String(params.length + 1);
    // One scan ranks every match and counts them (count(*) OVER (), before the cursor and the limit):
    // a second query for the count would read all the matches again.
    const ranked = await db.rows<{ id: number; score: number; total: number }>(
      `SELECT id, score, total FROM (
         SELECT a.id, ${SCORE} AS score, count(*) OVER () AS total FROM articles a, to_tsquery('newswire', $1) q WHERE ${where}
       ) ranked WHERE score > $${k} OR (score = $${k} AND id > $${String(params.length + 2)})
       ORDER BY score, id LIMIT $${String(params.length + 3)}`,
      [...params, key, id, limit + 1],
    );
    const ids = ranked.slice(0, limit).map((r) => r.id);
    const [rows, total] = await Promise.all([
      db.rows<SummaryRow & { marked: string }>(
        `SELECT ${SUMMARY_OF_A}, ts_headline('newswire', a.lead || E'\\n' || a.body_text, q, $3) AS marked
         FROM articles a, to_tsquery('newswire', $1) q WHERE a.id = ANY($2::bigint[])`,
        [query, ids, HEADLINE_OPTIONS],
      ),
      // Past the last page no row carries the count: only then is it asked for on its own.
      ranked[0] !== undefined
        ? Promise.resolve(ranked[0].total)
        : cursor === null
          ? Promise.resolve(0)
          : db.row<{ n: number }>(`SELECT count(*) AS n FROM articles a, to_tsquery('newswire', $1) q WHERE ${where}`, params).then((r) => r?.n ?? 0),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const page = pageOf(ranked, limit, (r) => r, (r) => r.score);
    const items = page.items.flatMap((r) => {
      const row = byId.get(r.id);
      return row === undefined ? [] : [{ ...toSummary(row), ...parseSnippet(row.marked) }];
    });
    return { items, nextCursor: page.nextCursor, total };
  };

  const insertArticle = async (input: ArticleInput): Promise<number> =>
    db.transaction(async () => {
      const pages = input.pages.map((page) => (input.pagesSanitized === true ? page : sanitizeArticleHtml(page.replace(MARKERS, ''))));
      const image = input.image;
      const inserted = await db.row<{ id: number }>(
        `INSERT INTO articles (id, section, title, lead, dateline_place, published_at, updated_at, is_top,
           image_src, image_alt, image_credit, image_caption, image_width, image_height, image_srcset, image_source,
           pages, body_text, origin, guid, link)
         VALUES (coalesce($1, nextval(pg_get_serial_sequence('articles', 'id'))), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
         RETURNING id`,
        [
          input.id ?? null, input.section, input.title.replace(MARKERS, ''), input.lead.replace(MARKERS, ''), input.datelinePlace,
          input.publishedAt, input.updatedAt ?? null, input.isTop === true ? 1 : 0,
          image?.src ?? null, image?.alt ?? null, image?.credit ?? null, image?.caption ?? null, image?.width ?? null, image?.height ?? null, image?.srcset ?? null, image?.sourceUrl ?? null,
          JSON.stringify(pages), pages.map(htmlToText).join('\n'), input.origin, input.guid ?? null, input.link ?? null,
        ],
      );
      if (inserted === undefined) throw new Error('INSERT … RETURNING gave no row');
      const id = inserted.id;
      if (input.id !== undefined) await bumpIdentity(db, 'articles');
      for (const [i, p] of input.persons.entries()) {
        await db.write('INSERT INTO persons (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO UPDATE SET name = excluded.name', [p.slug, p.name]);
        await db.write('INSERT INTO article_persons (article_id, person_slug, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [id, p.slug, i]);
      }
      for (const [i, t] of input.topics.entries()) {
        await db.write('INSERT INTO topics (slug, title) VALUES ($1, $2) ON CONFLICT (slug) DO UPDATE SET title = excluded.title', [t.slug, t.title]);
        await db.write('INSERT INTO article_topics (article_id, topic_slug, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [id, t.slug, i]);
      }
      for (const [i, m] of input.otherMedia.entries()) {
        await db.write('INSERT INTO other_media (article_id, position, title, url, source) VALUES ($1, $2, $3, $4, $5)', [id, i, m.title, m.url, m.source]);
      }
      return id;
    });

  const listOf = (join: string, on: string) => async (slug: string, limit: number, cursor: Cursor | null): Promise<Page<ArticleSummary>> => {
    const rows = await db.rows<SummaryRow>(
      `SELECT ${SUMMARY_OF_A} FROM ${join} j JOIN articles a ON a.id = j.article_id
       WHERE j.${on} = $1 AND (a.published_at, a.id) < ($2, $3) ORDER BY a.published_at DESC, a.id DESC LIMIT $4`,
      [slug, ...keysetAfter(cursor), limit + 1],
    );
    return pageOf(rows, limit, toSummary, byTime);
  };
  const topicArticles = listOf('article_topics', 'topic_slug');
  const personArticles = listOf('article_persons', 'person_slug');

  return {
    rates: createPgRatesStore(db),

    async countArticles() {
      return (await db.row<{ n: number }>('SELECT count(*) AS n FROM articles'))?.n ?? 0;
    },

    async feed(sections: readonly Slug[] | null, limit: number, cursor: Cursor | null) {
      const rows =
        sections === null
          ? await db.rows<SummaryRow>(
              `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE (published_at, id) < ($1, $2) ORDER BY published_at DESC, id DESC LIMIT $3`,
              [...keysetAfter(cursor), limit + 1],
            )
          : await db.rows<SummaryRow>(
              `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE section = ANY($1::text[]) AND (published_at, id) < ($2, $3)
               ORDER BY published_at DESC, id DESC LIMIT $4`,
              [sections, ...keysetAfter(cursor), limit + 1],
            );
      return pageOf(rows, limit, toSummary, byTime);
    },

    async followed(follows: Follows, limit: number, cursor: Cursor | null) {
      const rows = await db.rows<SummaryRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE (published_at, id) < ($4, $5) AND ${FOLLOWED}
         ORDER BY published_at DESC, id DESC LIMIT $6`,
        [follows.sections, follows.topics, follows.persons, ...keysetAfter(cursor), limit + 1],
      );
      return pageOf(rows, limit, toSummary, byTime);
    },

    async followedSince(follows: Follows, since: number, cap: number) {
      const row = await db.row<{ n: number }>(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM articles WHERE published_at > $4 AND ${FOLLOWED} LIMIT $5) f`,
        [follows.sections, follows.topics, follows.persons, since, cap],
      );
      return row?.n ?? 0;
    },

    async newerThan(sections: readonly Slug[] | null, afterId: number, limit: number) {
      const since = await db.row<{ published_at: number; id: number }>('SELECT published_at, id FROM articles WHERE id = $1', [afterId]);
      if (since === undefined) return null;
      const params = [sections, since.published_at, since.id];
      const where = '($1::text[] IS NULL OR section = ANY($1::text[])) AND (published_at, id) > ($2, $3)';
      const count = (await db.row<{ n: number }>(`SELECT count(*) AS n FROM articles WHERE ${where}`, params))?.n ?? 0;
      const items =
        count === 0
          ? []
          : (await db.rows<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE ${where} ORDER BY published_at DESC, id DESC LIMIT $4`, [...params, limit])).map(toSummary);
      return { count, items };
    },

    async topStories(limit: number) {
      return (await db.rows<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE is_top = 1 ORDER BY published_at DESC, id DESC LIMIT $1`, [limit])).map(toSummary);
    },

    article,

    async hasArticle(id: number) {
      return (await db.row('SELECT 1 FROM articles WHERE id = $1', [id])) !== undefined;
    },

    async addView(id: number, now: number) {
      // Counted reads change no other answer: `count`, not `write`, so the caches stay.
      const counted = await db.count(
        `INSERT INTO article_views (article_id, bucket, count) SELECT $1, $2, 1 WHERE EXISTS (SELECT 1 FROM articles WHERE id = $1)
         ON CONFLICT (article_id, bucket) DO UPDATE SET count = article_views.count + 1`,
        [id, Math.floor(now / 60_000)],
      );
      return counted > 0;
    },

    async mostRead(period: MostReadPeriod, limit: number, now: number) {
      const since = Math.floor(now / 60_000) - MOST_READ_WINDOWS[period] + 1;
      const rows = await db.rows<SummaryRow>(
        `SELECT ${SUMMARY_OF_A}, v.reads FROM (
           SELECT article_id, sum(count) AS reads FROM article_views WHERE bucket >= $1
           GROUP BY article_id ORDER BY reads DESC, article_id DESC LIMIT $2
         ) v JOIN articles a ON a.id = v.article_id ORDER BY v.reads DESC, a.id DESC`,
        [since, limit],
      );
      return rows.map(toSummary);
    },

    search,

    async topic(slug: string, limit: number, cursor: Cursor | null) {
      const topic = await db.row<Topic>('SELECT slug, title FROM topics WHERE slug = $1', [slug]);
      return topic === undefined ? null : { topic, ...(await topicArticles(slug, limit, cursor)) };
    },

    async person(slug: string, limit: number, cursor: Cursor | null) {
      const person = await db.row<Person>('SELECT slug, name FROM persons WHERE slug = $1', [slug]);
      return person === undefined ? null : { person, ...(await personArticles(slug, limit, cursor)) };
    },

    async topicList() {
      return db.rows<TopicCount>(
        `SELECT t.slug, t.title, count(*)::int AS articles FROM topics t JOIN article_topics at ON at.topic_slug = t.slug
         GROUP BY t.slug ORDER BY lower(t.title), t.slug`,
      );
    },

    async personList() {
      return db.rows<PersonCount>(
        `SELECT p.slug, p.name, count(*)::int AS articles FROM persons p JOIN article_persons ap ON ap.person_slug = p.slug
         GROUP BY p.slug ORDER BY lower(p.name), p.slug`,
      );
    },

    contentVersion: () => db.contentVersion(),

    ...media,

    insertArticle,

    async setRelated(id: number, relatedIds: readonly number[]) {
      await db.transaction(async () => {
        for (const [i, rel] of relatedIds.entries()) {
          await db.write('INSERT INTO article_related (article_id, related_id, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [id, rel, i]);
        }
      });
    },

    async addViews(id: number, at: number, count: number) {
      await db.count(
        `INSERT INTO article_views (article_id, bucket, count) VALUES ($1, $2, $3)
         ON CONFLICT (article_id, bucket) DO UPDATE SET count = article_views.count + excluded.count`,
        [id, Math.floor(at / 60_000), count],
      );
    },

    async shiftDemo(minutes: number) {
      await db.transaction(async () => {
        await db.write("UPDATE articles SET published_at = published_at + $1::bigint * 60000 WHERE origin = 'demo'", [minutes]);
        await db.count("DELETE FROM article_views WHERE article_id IN (SELECT id FROM articles WHERE origin = 'demo')");
        await media.shiftDemoMedia(minutes);
      });
    },

    async getMeta(key: string) {
      return (await db.row<{ value: string }>('SELECT value FROM meta WHERE key = $1', [key]))?.value ?? null;
    },

    async setMeta(key: string, value: string) {
      await db.write('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
    },

    transaction: (fn) => db.transaction(fn),
  };
}
