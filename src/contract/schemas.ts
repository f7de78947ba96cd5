import * as z from 'zod/mini';
import { SectionSlug } from './sections';

// The shapes of API.md. Client and server both import these; types come from z.infer.

const PositiveInt = z.int().check(z.positive());
const IsoDateTime = z.iso.datetime({ offset: true });

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

/** The whole article: `pages` hold sanitized HTML, one entry per page. */
export const Article = z.extend(ArticleSummary, {
  dateline: z.string(),
  pages: z.array(z.string()).check(z.minLength(1)),
  persons: z.array(Person),
  topics: z.array(Topic),
  related: z.array(ArticleSummary),
  otherMedia: z.array(OtherMedia),
  updatedAt: z.optional(IsoDateTime),
});
export type Article = z.infer<typeof Article>;

/** A page of a list that can grow: `nextCursor` is null at the end. */
export const FeedPage = z.object({ items: z.array(ArticleSummary), nextCursor: z.nullable(z.string()) });
export type FeedPage = z.infer<typeof FeedPage>;

/** What arrived after the reader's newest story: how many, and the newest of them (GET /api/feed/updates). */
export const FeedUpdates = z.object({ count: z.int().check(z.nonnegative()), items: z.array(ArticleSummary) });
export type FeedUpdates = z.infer<typeof FeedUpdates>;

/** A list that does not page (top stories, most read). */
export const ArticleList = z.object({ items: z.array(ArticleSummary) });
export type ArticleList = z.infer<typeof ArticleList>;

/** Most read windows. */
export const MostReadPeriod = z.enum(['now', 'today', 'week']);
export type MostReadPeriod = z.infer<typeof MostReadPeriod>;

/**
 * A search hit. `snippet` is plain text (never HTML); `highlights` are [start, end) offsets
 * (UTF-16 code units) of the matched terms inside it, so clients build the highlight markup
 * themselves without parsing HTML.
 */
export const SearchHit = z.extend(ArticleSummary, {
  snippet: z.string(),
  highlights: z.array(z.tuple([z.int(), z.int()])),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** A page of search results, best first. */
export const SearchPage = z.object({
  items: z.array(SearchHit),
  total: z.int().check(z.nonnegative()),
  nextCursor: z.nullable(z.string()),
});
export type SearchPage = z.infer<typeof SearchPage>;

/** A topic with a page of its articles. */
export const TopicPage = z.object({ topic: Topic, items: z.array(ArticleSummary), nextCursor: z.nullable(z.string()) });
export type TopicPage = z.infer<typeof TopicPage>;

/** A person with a page of the articles that mention them. */
export const PersonPage = z.object({ person: Person, items: z.array(ArticleSummary), nextCursor: z.nullable(z.string()) });
export type PersonPage = z.infer<typeof PersonPage>;

/** A city the reader can choose, with its IANA time zone. */
export const City = z.object({ id: z.string(), name: z.string(), timeZone: z.string() });
export type City = z.infer<typeof City>;

/** `{"cities":[City]}` */
export const CityList = z.object({ cities: z.array(City) });
export type CityList = z.infer<typeof CityList>;

/** Where exchange rates come from: the Bank of Russia or the European Central Bank. */
export const RatesSource = z.enum(['cbr', 'ecb']);
export type RatesSource = z.infer<typeof RatesSource>;

/** A decimal number as text, e.g. "59.6663" (never a binary float). */
export const DecimalString = z.string().check(z.regex(/^\d+(\.\d+)?$/));

/** Exchange rates of one source on one date: `value` is the price of `nominal` units of `code` in `base`. */
export const Rates = z.object({
  source: RatesSource,
  base: z.enum(['RUB', 'EUR']),
  date: z.iso.date(),
  requestedDate: z.optional(z.iso.date()),
  rates: z.array(
    z.object({ code: z.string().check(z.regex(/^[A-Z]{3}$/)), name: z.string(), nominal: PositiveInt, value: DecimalString }),
  ),
});
export type Rates = z.infer<typeof Rates>;

/** The error body of every 4xx/5xx answer. */
export const ErrorCode = z.enum(['bad_request', 'not_found', 'rate_limited', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** `{"error":{"code","message"}}` */
export const ErrorBody = z.object({ error: z.object({ code: ErrorCode, message: z.string() }) });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** A topic with the number of its articles (GET /api/topics). */
export const TopicCount = z.extend(Topic, { articles: z.int().check(z.nonnegative()) });
export type TopicCount = z.infer<typeof TopicCount>;

/** `{"topics":[TopicCount]}`, by title. */
export const TopicList = z.object({ topics: z.array(TopicCount) });
export type TopicList = z.infer<typeof TopicList>;

/** A person with the number of articles that mention them (GET /api/persons). */
export const PersonCount = z.extend(Person, { articles: z.int().check(z.nonnegative()) });
export type PersonCount = z.infer<typeof PersonCount>;

/** `{"persons":[PersonCount]}`, by name. */
export const PersonList = z.object({ persons: z.array(PersonCount) });
export type PersonList = z.infer<typeof PersonList>;

/** A photo gallery in a list: its cover (the first photo) and how many photos it has. */
export const GallerySummary = z.object({
  id: PositiveInt,
  title: z.string(),
  lead: z.string(),
  publishedAt: IsoDateTime,
  url: z.string(),
  photoCount: z.int().check(z.nonnegative()),
  cover: Image,
});
export type GallerySummary = z.infer<typeof GallerySummary>;

/** A page of galleries, newest first (GET /api/galleries). */
export const GalleryList = z.object({ items: z.array(GallerySummary), nextCursor: z.nullable(z.string()) });
export type GalleryList = z.infer<typeof GalleryList>;

/** One gallery with all its photos, in order, and the articles it illustrates (GET /api/galleries/{id}). */
export const Gallery = z.extend(GallerySummary, { photos: z.array(Image).check(z.minLength(1)), related: z.array(ArticleSummary) });
export type Gallery = z.infer<typeof Gallery>;

/** The text alternative of an infographic: what it shows, and its figures as a table. */
export const InfographicText = z.object({
  summary: z.string(),
  table: z.object({
    caption: z.string(),
    columns: z.array(z.string()).check(z.minLength(1)),
    rows: z.array(z.array(z.string())),
  }),
  notes: z.array(z.string()),
  source: z.string(),
});
export type InfographicText = z.infer<typeof InfographicText>;

/** An infographic in a list: title, lead and the chart image (GET /api/infographics). */
export const InfographicSummary = z.object({
  id: PositiveInt,
  title: z.string(),
  lead: z.string(),
  publishedAt: IsoDateTime,
  url: z.string(),
  image: Image,
});
export type InfographicSummary = z.infer<typeof InfographicSummary>;

/** A page of infographics, newest first. */
export const InfographicList = z.object({ items: z.array(InfographicSummary), nextCursor: z.nullable(z.string()) });
export type InfographicList = z.infer<typeof InfographicList>;

/** One infographic with its full text alternative and related articles (GET /api/infographics/{id}). */
export const Infographic = z.extend(InfographicSummary, { text: InfographicText, related: z.array(ArticleSummary) });
export type Infographic = z.infer<typeof Infographic>;
