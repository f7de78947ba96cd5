import { DEFAULT_PAINT_PREFS, DISPLAY_STORAGE_KEY, LINE_WIDTHS, MOTIONS, oneOf, TEXT_SIZES, THEMES, type PaintPrefs } from '../contract/displayChoices';
import { notifyChoicesChanged } from './choicesChanged';
import { createDeviceStore } from './deviceStore';

// The reader's display choices (theme, text size, line width, motion, data saver): stored in
// localStorage (src/lib/deviceStore.ts), validated when read, applied to <html> as data attributes the stylesheet uses.

const DATA_SAVER = ['auto', 'on', 'off'] as const;

/** The reader's display choices. */
export interface DisplayPrefs extends PaintPrefs {
  dataSaver: (typeof DATA_SAVER)[number];
}

/** A reader who chose nothing gets the system's theme and motion, medium text and width, data saver when the browser asks. */
export const DEFAULT_PREFS: DisplayPrefs = { ...DEFAULT_PAINT_PREFS, dataSaver: 'auto' };

/** The choices offered, in order (for the settings panel). */
export const PREF_OPTIONS = { theme: THEMES, textSize: TEXT_SIZES, lineWidth: LINE_WIDTHS, motion: MOTIONS, dataSaver: DATA_SAVER };

/**
 * The stored choices, each field validated on its own: a corrupted, hostile or outdated value falls
 * back to the default for that field and keeps the others; nothing throws.
 */
export function parsePrefs(raw: unknown): DisplayPrefs {
  const pick = <K extends keyof DisplayPrefs>(name: K, options: readonly DisplayPrefs[K][]): DisplayPrefs[K] => {
    const value: unknown = typeof raw === 'object' && raw !== null ? Reflect.get(raw, name) : undefined;
    return oneOf(options, value) ? value : DEFAULT_PREFS[name];
  };
  return {
    theme: pick('theme', THEMES),
    textSize: pick('textSize', TEXT_SIZES),
    lineWidth: pick('lineWidth', LINE_WIDTHS),
    motion: pick('motion', MOTIONS),
    dataSaver: pick('dataSaver', DATA_SAVER),
  };
}

const store = createDeviceStore(DISPLAY_STORAGE_KEY, parsePrefs, DEFAULT_PREFS);

/** The choices as stored now (read afresh). */
export const readPrefs = store.read;

/** Applies the choices to the document as data attributes (`data-theme`, `data-text-size`, …). */
export function applyPrefs(prefs: DisplayPrefs, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = prefs.theme;
  root.dataset.textSize = prefs.textSize;
  root.dataset.lineWidth = prefs.lineWidth;
  root.dataset.motion = prefs.motion;
}

/** Changes the choices: applied at once, remembered (false when storage refused: then for this visit only). */
export function setPrefs(next: DisplayPrefs): boolean {
  applyPrefs(next);
  const saved = store.set(next);
  notifyChoicesChanged();
  return saved;
}

/** The reader's display choices, re-rendering on change. */
export const useDisplayPrefs = store.use;

/** True when pictures should load only on request: the reader's data saver, or the browser's Save-Data. */
export function isDataSaverOn(prefs: DisplayPrefs = store.get()): boolean {
  if (prefs.dataSaver !== 'auto') return prefs.dataSaver === 'on';
  const connection: unknown = typeof navigator === 'undefined' ? undefined : Reflect.get(navigator, 'connection');
  return typeof connection === 'object' && connection !== null && Reflect.get(connection, 'saveData') === true;
}

/** Starts the app with the stored choices applied (before the first render, so nothing flashes). */
export function applyStoredPrefs(): void {
  applyPrefs(store.get());
}
