import { useSyncExternalStore } from 'react';
import * as z from 'zod/mini';

// The reader's display choices (theme, text size, line width, motion, data saver): stored in
// localStorage, validated when read, applied to <html> as data attributes the stylesheet uses.

/** localStorage key of the reader's display choices. */
export const DISPLAY_STORAGE_KEY = 'newswire.display';

const Theme = z.enum(['system', 'light', 'dark']);
const TextSize = z.enum(['small', 'medium', 'large', 'larger', 'largest']);
const LineWidth = z.enum(['narrow', 'medium', 'wide']);
const Motion = z.enum(['system', 'reduce']);
const DataSaver = z.enum(['auto', 'on', 'off']);

/** The reader's display choices. */
export interface DisplayPrefs {
  theme: z.infer<typeof Theme>;
  textSize: z.infer<typeof TextSize>;
  lineWidth: z.infer<typeof LineWidth>;
  motion: z.infer<typeof Motion>;
  dataSaver: z.infer<typeof DataSaver>;
}

/** A reader who chose nothing gets the system's theme and motion, medium text and width, data saver when the browser asks. */
export const DEFAULT_PREFS: DisplayPrefs = { theme: 'system', textSize: 'medium', lineWidth: 'medium', motion: 'system', dataSaver: 'auto' };

/** The choices offered, in order (for the settings panel). */
export const PREF_OPTIONS = {
  theme: Theme.options,
  textSize: TextSize.options,
  lineWidth: LineWidth.options,
  motion: Motion.options,
  dataSaver: DataSaver.options,
};

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The stored choices, each field validated on its own: a corrupted, hostile or outdated value falls
 * back to the default for that field and keeps the others; nothing throws.
 */
export function readPrefs(storage: Storage | undefined = browserStorage()): DisplayPrefs {
  let raw: unknown = null;
  try {
    raw = JSON.parse(storage?.getItem(DISPLAY_STORAGE_KEY) ?? 'null');
  } catch {
    raw = null;
  }
  const field = (name: keyof DisplayPrefs): unknown => (typeof raw === 'object' && raw !== null ? Reflect.get(raw, name) : undefined);
  const or = <T>(parsed: { success: true; data: T } | { success: false }, fallback: T): T => (parsed.success ? parsed.data : fallback);
  return {
    theme: or(Theme.safeParse(field('theme')), DEFAULT_PREFS.theme),
    textSize: or(TextSize.safeParse(field('textSize')), DEFAULT_PREFS.textSize),
    lineWidth: or(LineWidth.safeParse(field('lineWidth')), DEFAULT_PREFS.lineWidth),
    motion: or(Motion.safeParse(field('motion')), DEFAULT_PREFS.motion),
    dataSaver: or(DataSaver.safeParse(field('dataSaver')), DEFAULT_PREFS.dataSaver),
  };
}

/** Applies the choices to the document as data attributes (`data-theme`, `data-text-size`, …). */
export function applyPrefs(prefs: DisplayPrefs, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = prefs.theme;
  root.dataset.textSize = prefs.textSize;
  root.dataset.lineWidth = prefs.lineWidth;
  root.dataset.motion = prefs.motion;
}

let current: DisplayPrefs | undefined;
const listeners = new Set<() => void>();

function snapshot(): DisplayPrefs {
  current ??= readPrefs();
  return current;
}

/** Changes the choices: applied at once, remembered (false when storage refused: then for this visit only). */
export function setPrefs(next: DisplayPrefs, storage: Storage | undefined = browserStorage()): boolean {
  current = next;
  applyPrefs(next);
  listeners.forEach((listener) => listener());
  try {
    storage?.setItem(DISPLAY_STORAGE_KEY, JSON.stringify(next));
    return storage !== undefined;
  } catch {
    return false;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reader's display choices, re-rendering on change. */
export function useDisplayPrefs(): DisplayPrefs {
  return useSyncExternalStore(subscribe, snapshot, () => DEFAULT_PREFS);
}

/** True when pictures should load only on request: the reader's data saver, or the browser's Save-Data. */
export function isDataSaverOn(prefs: DisplayPrefs = snapshot()): boolean {
  if (prefs.dataSaver !== 'auto') return prefs.dataSaver === 'on';
  const connection: unknown = typeof navigator === 'undefined' ? undefined : Reflect.get(navigator, 'connection');
  return typeof connection === 'object' && connection !== null && Reflect.get(connection, 'saveData') === true;
}

/** Starts the app with the stored choices applied (before the first render, so nothing flashes). */
export function applyStoredPrefs(): void {
  applyPrefs(snapshot());
}
