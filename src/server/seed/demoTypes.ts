import type { SectionSlug } from '../../contract/sections';

/**
 * One article of the demo corpus, written for this project.
 *
 * Body markup (each entry of `pages` is one page of HTML):
 * - paragraphs `<p>`, subheadings `<h2>`, `<blockquote>`, `<ul>/<ol>/<li>`, `<strong>`, `<em>`;
 * - "Read also" lines: `<p class="read-also">Read also: <a href="@other-key">Headline of the other article</a></p>`;
 *   `@other-key` is the `key` of another demo article and becomes `/{section}/{id}` when seeded.
 */
export interface DemoArticle {
  /** Stable, unique, kebab-case key; "Read also" links and `related` refer to it. */
  key: string;
  section: SectionSlug;
  title: string;
  /** One or two sentences that summarise the story. */
  lead: string;
  /** City of the dateline in capitals, e.g. "MOSCOW" (the date and agency are added when seeded). */
  datelineCity: string;
  /** Minutes before the server's start time that the article was published (0 = now). */
  minutesAgo: number;
  /** Shown in Top stories. */
  isTop?: boolean;
  /** Name of an image in `demoImages` plus the caption of this use of it. */
  image: { name: string; caption: string };
  /** One or more pages of body HTML (two or more for a multi-page article). */
  pages: string[];
  /** Slugs of `demoPersons`. */
  persons: string[];
  /** Slugs of `demoTopics`. */
  topics: string[];
  /** Keys of related demo articles. */
  related: string[];
  /** "In other media": outlets are invented, their URLs use the reserved `.example` top-level domain. */
  otherMedia: { title: string; url: string; source: string }[];
}

/** A person of the demo corpus (invented). */
export interface DemoPerson {
  slug: string;
  name: string;
}

/** A topic of the demo corpus. */
export interface DemoTopic {
  slug: string;
  title: string;
}

/** An image made for the project, shipped under public/images/demo/. */
export interface DemoImage {
  /** Files are `/images/demo/{name}-{width}.webp` for each of `widths`. */
  name: string;
  alt: string;
  credit: string;
  width: number;
  height: number;
  widths: number[];
}

/** A photo gallery of the demo corpus: photos are images made for the project. */
export interface DemoGallery {
  /** Stable, unique key. */
  key: string;
  title: string;
  lead: string;
  /** Minutes before the server's start time that the gallery was published. */
  minutesAgo: number;
  /** Keys of the demo articles it illustrates. */
  related: string[];
  /** In order; files are `/images/demo/{name}-{480,800,1200}.webp` (1200x675). */
  photos: { name: string; alt: string; caption: string }[];
}
