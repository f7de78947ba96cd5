// The reader's display choices that change how every page looks (data attributes of <html>). The
// app keeps them in localStorage (src/lib/displayPrefs.ts); a small script in the page's <head>
// applies them before the first paint (scripts/vite/displayChoicesScript.ts builds it from these lists).

/** localStorage key of the reader's display choices. */
export const DISPLAY_STORAGE_KEY = 'newswire.display';

export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'larger', 'largest'] as const;
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const MOTIONS = ['system', 'reduce'] as const;

/** The display choices put on <html> (`data-theme`, `data-text-size`, `data-line-width`, `data-motion`). */
export interface PaintPrefs {
  theme: (typeof THEMES)[number];
  textSize: (typeof TEXT_SIZES)[number];
  lineWidth: (typeof LINE_WIDTHS)[number];
  motion: (typeof MOTIONS)[number];
}

/** Each choice's options (the head script validates the stored values against them). */
export const PAINT_CHOICES = { theme: THEMES, textSize: TEXT_SIZES, lineWidth: LINE_WIDTHS, motion: MOTIONS } as const;

/** The defaults of a reader who chose nothing. */
export const DEFAULT_PAINT_PREFS: PaintPrefs = { theme: 'system', textSize: 'medium', lineWidth: 'medium', motion: 'system' };

/** True when `value` is one of `options` (a validated read of a stored or sent choice). */
export function oneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return options.some((option) => option === value);
}
