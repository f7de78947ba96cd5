import type { Image } from '../../contract/schemas';
import type { GallerySummary, InfographicSummary } from '../../contract/discoverySchemas';
import { toIso } from './articleRows';

// Rows of the media tables and their API shapes: the same for both stores.

/** A row of gallery_photos. */
export interface PhotoRow {
  src: string;
  alt: string;
  credit: string | null;
  caption: string | null;
  width: number;
  height: number;
  srcset: string | null;
}

/** A gallery with its cover photo (GALLERY_COLUMNS). */
export interface GalleryRow extends PhotoRow {
  id: number;
  title: string;
  lead: string;
  published_at: number;
  photo_count: number;
}

/** A row of INFOGRAPHIC_COLUMNS. */
export interface InfographicRow {
  id: number;
  title: string;
  lead: string;
  published_at: number;
  image_src: string;
  image_alt: string;
  image_credit: string | null;
  image_width: number;
  image_height: number;
}

/** A gallery `g` with its photo count and cover photo `p`. */
export const GALLERY_COLUMNS = `g.id, g.title, g.lead, g.published_at,
  (SELECT count(*) FROM gallery_photos c WHERE c.gallery_id = g.id) AS photo_count,
  p.src, p.alt, p.credit, p.caption, p.width, p.height, p.srcset`;
/** The columns of an infographic's summary. */
export const INFOGRAPHIC_COLUMNS = 'id, title, lead, published_at, image_src, image_alt, image_credit, image_width, image_height';

/** A photo row as an Image. */
export function toImage(row: PhotoRow): Image {
  const image: Image = { src: row.src, alt: row.alt, width: row.width, height: row.height };
  if (row.credit !== null) image.credit = row.credit;
  if (row.caption !== null) image.caption = row.caption;
  if (row.srcset !== null) image.srcset = row.srcset;
  return image;
}

/** A gallery row as the API's summary. */
export function toGallerySummary(row: GalleryRow): GallerySummary {
  return {
    id: row.id,
    title: row.title,
    lead: row.lead,
    publishedAt: toIso(row.published_at),
    url: `/galleries/${String(row.id)}`,
    photoCount: row.photo_count,
    cover: toImage(row),
  };
}

/** An infographic row as the API's summary. */
export function toInfographicSummary(row: InfographicRow): InfographicSummary {
  const image: Image = { src: row.image_src, alt: row.image_alt, width: row.image_width, height: row.image_height };
  if (row.image_credit !== null) image.credit = row.image_credit;
  return { id: row.id, title: row.title, lead: row.lead, publishedAt: toIso(row.published_at), url: `/infographics/${String(row.id)}`, image };
}
