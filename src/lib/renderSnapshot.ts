import { createContext, useContext } from 'react';
import type { SectionSlug } from '../contract/sections';

// What a page was rendered for. The server renders every page for a moment (the minute), a city's
// zone, a feed filter and an origin; the browser hydrates that HTML with the same values (read from
// the page), so its first render matches the server's to the byte, and only then moves to the
// reader's own clock and stored choices (useSyncExternalStore's server snapshot does exactly that).

/** The values a page was rendered with. */
export interface RenderSnapshot {
  /** The minute the page was rendered in (epoch ms, a whole minute). */
  minute: number;
  /** The reader's city the page's times are in (the shape of the city picker's ChosenCity). */
  city: { choice: { kind: 'city'; id: string; name: string; timeZone: string } | { kind: 'local' }; label: string; timeZone: string };
  /** The News Feed filter the page was rendered with (null: all sections). */
  sections: SectionSlug[] | null;
  /** The site's public origin, for canonical and share links. */
  origin: string;
}

/** The snapshot of the page being rendered (the server's per request; in the browser, the page's). */
export const RenderSnapshotContext = createContext<RenderSnapshot | null>(null);

/** The snapshot the current page was rendered with, or null when the browser renders on its own (offline shell, tests). */
export function useRenderSnapshot(): RenderSnapshot | null {
  return useContext(RenderSnapshotContext);
}

let renderedFrom: readonly string[] = [];

/** Remembers the API paths the server rendered this page from (the page's data came inside its HTML). */
export function rememberRenderedFrom(paths: readonly string[]): void {
  renderedFrom = paths;
}

/** The API paths the server rendered this page from: the service worker keeps them, as if the page had fetched them. */
export function renderedFromPaths(): readonly string[] {
  return renderedFrom;
}
