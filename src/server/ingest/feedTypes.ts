// The parts of a feed that ingest uses, in one shape for RSS, RDF, Atom and JSON Feed. Strings are as
// the feed gave them (URLs not yet resolved, HTML not yet sanitized).

/** A piece of feed text and whether it is HTML or plain text. */
export interface FeedText {
  value: string;
  kind: 'html' | 'text';
  /** xml:base declared on the element itself. */
  base?: string;
}

/** A picture the feed offers for an entry. */
export interface FeedImage {
  url: string;
  width?: number;
  height?: number;
  alt?: string;
  caption?: string;
  credit?: string;
}

/** One entry (item) of a feed. */
export interface FeedEntry {
  guid?: string;
  /** Candidate article links, best first. */
  links: string[];
  title?: FeedText;
  summary?: FeedText;
  content?: FeedText;
  /** xml:base of the entry. */
  base?: string;
  published?: string;
  updated?: string;
  categories: string[];
  /** media:content, enclosures and the like, best first; thumbnails last. */
  images: FeedImage[];
}

/** A parsed feed. */
export interface ParsedFeed {
  format: 'rss' | 'rdf' | 'atom' | 'json';
  title?: string;
  /** The site the feed belongs to. */
  link?: string;
  /** xml:base of the feed element. */
  base?: string;
  entries: FeedEntry[];
}
