// What the server needs to know to draw the first paint of a page as this reader will see it: the
// display choices (applied to <html> as the app applies them) and whether its preview of the page
// would be wrong for this reader (another city's clock, a filtered feed, pictures held back). The app
// keeps it in a cookie (src/lib/firstPaintCookie.ts); the server reads it back, validating every field.

/** The cookie's name. */
export const FIRST_PAINT_COOKIE = 'newswire-paint';

export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'larger', 'largest'] as const;
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const MOTIONS = ['system', 'reduce'] as const;

/** The display choices that change how a page is drawn (data attributes of <html>). */
export interface PaintPrefs {
  theme: (typeof THEMES)[number];
  textSize: (typeof TEXT_SIZES)[number];
  lineWidth: (typeof LINE_WIDTHS)[number];
  motion: (typeof MOTIONS)[number];
}

/** What the server's first paint must not show for this reader. */
export interface PaintLimits {
  /** The reader's city is not Moscow: the preview's times and clock would be another city's. */
  otherCity: boolean;
  /** The reader filters the News Feed to chosen sections. */
  filteredFeed: boolean;
  /** The reader's data saver holds pictures back until tapped. */
  noPictures: boolean;
}

export interface FirstPaint {
  prefs: PaintPrefs;
  limits: PaintLimits;
}

/** The cookie value: `theme.textSize.lineWidth.motion.flags`, flags a subset of c (city), f (filter), d (data saver). */
export function encodeFirstPaint({ prefs, limits }: FirstPaint): string {
  const flags = `${limits.otherCity ? 'c' : ''}${limits.filteredFeed ? 'f' : ''}${limits.noPictures ? 'd' : ''}`;
  return [prefs.theme, prefs.textSize, prefs.lineWidth, prefs.motion, flags === '' ? '-' : flags].join('.');
}

/** True when `value` is one of `options` (a validated read of a stored or sent choice). */
export function oneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return options.some((option) => option === value);
}

/** The cookie read back; null for a missing, outdated or tampered value (the server then draws no preview). */
export function decodeFirstPaint(value: string | undefined): FirstPaint | null {
  if (value === undefined || value.length > 64) return null;
  const [theme, textSize, lineWidth, motion, flags, ...rest] = value.split('.');
  if (rest.length > 0 || flags === undefined || !/^(?:-|c?f?d?)$/.test(flags) || flags === '') return null;
  if (!oneOf(THEMES, theme) || !oneOf(TEXT_SIZES, textSize) || !oneOf(LINE_WIDTHS, lineWidth) || !oneOf(MOTIONS, motion)) return null;
  return {
    prefs: { theme, textSize, lineWidth, motion },
    limits: { otherCity: flags.includes('c'), filteredFeed: flags.includes('f'), noPictures: flags.includes('d') },
  };
}
