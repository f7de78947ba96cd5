import * as z from 'zod/mini';
import { ArticleSummary, Image, IsoDateTime, Person, PositiveInt, Topic } from './schemas';

// The shapes of search, topics, persons, galleries and infographics (API.md and its documented extras).

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
