/** What a feed's picture may be, and what the server makes of it. */
export const PICTURE_LIMITS = {
  /** Largest file fetched (bytes). */
  maxBytes: 20 * 1024 * 1024,
  /** The whole fetch (redirects included) must end within this many milliseconds. */
  timeoutMs: 20_000,
  /** Largest picture decoded (width × height): a 25-megapixel camera's photo; a bigger one is refused from its header. */
  maxPixels: 25_000_000,
  /** Largest side accepted (pixels), whatever the area: a 100,000 × 10 strip is no news photo. */
  maxSide: 12_000,
  /** Largest animated file (bytes): animations are decoded frame by frame, so they cost far more than their size. */
  maxAnimatedBytes: 5 * 1000 * 1000,
} as const;

/** The widths stored (and offered in `srcset`), as the demo pictures: a phone, a tablet, the article column at 2×. */
export const PICTURE_WIDTHS: readonly number[] = [480, 800, 1200];

/** The public path of a stored picture at one width. */
export function picturePath(key: string, width: number): string {
  return `/images/feeds/${key}-${String(width)}.webp`;
}
