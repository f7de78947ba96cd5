import * as z from 'zod/mini';
import { SectionSlug } from './sections';

// The shapes of API.md. Client and server both import these; types come from z.infer.

/** A whole number above zero (ids, sizes, nominals). */
export const PositiveInt = z.int().check(z.positive());
/** An ISO 8601 instant with an offset or Z. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** `{"status":"ok","articles":N}` */
export const Health = z.object({ status: z.literal('ok'), articles: z.int().check(z.nonnegative()) });
export type Health = z.infer<typeof Health>;

/** `{"sections":[{"slug","title"}]}` */
export const SectionList = z.object({ sections: z.array(z.object({ slug: SectionSlug, title: z.string() })) });
export type SectionList = z.infer<typeof SectionList>;

/** A picture with its alternative text, credit, caption and intrinsic size. */
export const Image = z.object({
  src: z.string(),
  alt: z.string(),
  credit: z.optional(z.string()),
  caption: z.optional(z.string()),
  width: PositiveInt,
  height: PositiveInt,
  /** Extra: a `srcset` value with width descriptors, for responsive loading. */
  srcset: z.optional(z.string()),
  /** Extra: where the picture came from (a feed's photo, served from this site): for the credit. */
  sourceUrl: z.optional(z.string()),
});
export type Image = z.infer<typeof Image>;

/** One article in a list. */
export const ArticleSummary = z.object({
  id: PositiveInt,
  section: SectionSlug,
  title: z.string(),
  lead: z.string(),
  publishedAt: IsoDateTime,
  url: z.string(),
  image: z.optional(Image),
  isTop: z.optional(z.boolean()),
  /** Extra: the slugs of its persons and of its topics (for the reader's mutes), when it has any. */
  personSlugs: z.optional(z.array(z.string())),
  topicSlugs: z.optional(z.array(z.string())),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** A person tag. */
export const Person = z.object({ slug: z.string(), name: z.string() });
export type Person = z.infer<typeof Person>;

/** A topic tag. */
export const Topic = z.object({ slug: z.string(), title: z.string() });
export type Topic = z.infer<typeof Topic>;

/** A link to another outlet's coverage ("In other media"). */
export const OtherMedia = z.object({ title: z.string(), url: z.string(), source: z.string() });
export type OtherMedia = z.infer<typeof OtherMedia>;

/** An earlier version of an article, replaced by an update: `at` is when it became current. */
export const ArticleRevision = z.object({ at: IsoDateTime, title: z.string(), lead: z.string(), pages: z.array(z.string()) });
export type ArticleRevision = z.infer<typeof ArticleRevision>;

/** The whole article: `pages` hold sanitized HTML, one entry per page. */
export const Article = z.extend(ArticleSummary, {
  dateline: z.string(),
  pages: z.array(z.string()).check(z.minLength(1)),
  persons: z.array(Person),
  topics: z.array(Topic),
  related: z.array(ArticleSummary),
  otherMedia: z.array(OtherMedia),
  updatedAt: z.optional(IsoDateTime),
  /** Extra: its earlier versions, newest first (the last 10), when ingest changed its words. */
  revisions: z.optional(z.array(ArticleRevision)),
});
export type Article = z.infer<typeof Article>;

/** A page of a list that can grow: `nextCursor` is null at the end. */
export const FeedPage = z.object({ items: z.array(ArticleSummary), nextCursor: z.nullable(z.string()) });
export type FeedPage = z.infer<typeof FeedPage>;

/** My News (`/api/following`): a feed page, with how many are new when `since` was given (at most 1,000). */
export const FollowingPage = z.object({
  items: z.array(ArticleSummary),
  nextCursor: z.nullable(z.string()),
  newSince: z.optional(z.int().check(z.nonnegative())),
});
export type FollowingPage = z.infer<typeof FollowingPage>;

/** What arrived after the reader's newest story: how many, and the newest of them (GET /api/feed/updates). */
export const FeedUpdates = z.object({ count: z.int().check(z.nonnegative()), items: z.array(ArticleSummary) });
export type FeedUpdates = z.infer<typeof FeedUpdates>;

/** A list that does not page (top stories, most read). */
export const ArticleList = z.object({ items: z.array(ArticleSummary) });
export type ArticleList = z.infer<typeof ArticleList>;

/** Most read windows. */
export const MostReadPeriod = z.enum(['now', 'today', 'week']);
export type MostReadPeriod = z.infer<typeof MostReadPeriod>;

/** A city the reader can choose, with its IANA time zone. */
export const City = z.object({ id: z.string(), name: z.string(), timeZone: z.string() });
export type City = z.infer<typeof City>;

/** `{"cities":[City]}` */
export const CityList = z.object({ cities: z.array(City) });
export type CityList = z.infer<typeof CityList>;

/** The error body of every 4xx/5xx answer. */
export const ErrorCode = z.enum(['bad_request', 'not_found', 'rate_limited', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** `{"error":{"code","message"}}` */
export const ErrorBody = z.object({ error: z.object({ code: ErrorCode, message: z.string() }) });
export type ErrorBody = z.infer<typeof ErrorBody>;
