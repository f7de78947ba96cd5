import type { ArticleRevision, ArticleSummary, Image } from '../../contract/schemas';
import { SectionSlug } from '../../contract/sections';

/** The plain columns of `articles` that make an ArticleSummary. */
export const SUMMARY_FIELDS = `id, section, title, lead, published_at, is_top, image_src, image_alt, image_credit,
  image_caption, image_width, image_height, image_srcset, image_source`;

/**
 * The slugs of an article's persons and topics, space-separated (for the reader's mutes), as two
 * columns; `id` is the article's id column as the query names it. SQLite and PostgreSQL both know string_agg.
 */
export function tagColumns(id: string): string {
  return `(SELECT string_agg(person_slug, ' ') FROM article_persons WHERE article_id = ${id}) AS person_slugs,
  (SELECT string_agg(topic_slug, ' ') FROM article_topics WHERE article_id = ${id}) AS topic_slugs`;
}

/** The columns that make an ArticleSummary, in SQL (`id` unqualified: one table in the query has it). */
export const SUMMARY_COLUMNS = `${SUMMARY_FIELDS}, ${tagColumns('id')}`;

/** A row of SUMMARY_COLUMNS. */
export interface SummaryRow {
  id: number;
  section: string;
  title: string;
  lead: string;
  published_at: number;
  is_top: number;
  image_src: string | null;
  image_alt: string | null;
  image_credit: string | null;
  image_caption: string | null;
  image_width: number | null;
  image_height: number | null;
  image_srcset: string | null;
  image_source: string | null;
  person_slugs: string | null;
  topic_slugs: string | null;
}

/** Epoch ms as an ISO 8601 instant (UTC). */
export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The API shape of an article row. */
export function toSummary(row: SummaryRow): ArticleSummary {
  const section = SectionSlug.parse(row.section);
  const summary: ArticleSummary = {
    id: row.id,
    section,
    title: row.title,
    lead: row.lead,
    publishedAt: toIso(row.published_at),
    url: `/${section}/${String(row.id)}`,
  };
  if (row.image_src !== null && row.image_width !== null && row.image_height !== null) {
    const image: Image = { src: row.image_src, alt: row.image_alt ?? '', width: row.image_width, height: row.image_height };
    if (row.image_credit !== null) image.credit = row.image_credit;
    if (row.image_caption !== null) image.caption = row.image_caption;
    if (row.image_srcset !== null) image.srcset = row.image_srcset;
    if (row.image_source !== null) image.sourceUrl = row.image_source;
    summary.image = image;
  }
  if (row.is_top === 1) summary.isTop = true;
  if (row.person_slugs !== null) summary.personSlugs = row.person_slugs.split(' ');
  if (row.topic_slugs !== null) summary.topicSlugs = row.topic_slugs.split(' ');
  return summary;
}

/** A stored earlier version of an article (article_revisions). */
export interface RevisionRow {
  revised_at: number;
  title: string;
  lead: string;
  pages: string;
}

/** The earlier versions as the API gives them, newest first. */
export function toRevisions(rows: readonly RevisionRow[]): ArticleRevision[] {
  return rows.map((row) => {
    const pages: unknown = JSON.parse(row.pages);
    return { at: toIso(row.revised_at), title: row.title, lead: row.lead, pages: Array.isArray(pages) ? pages.filter((p): p is string => typeof p === 'string') : [] };
  });
}
