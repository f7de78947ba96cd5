import type { Plugin } from 'vite';
import { DEFAULT_PAINT_PREFS, DISPLAY_STORAGE_KEY, PAINT_CHOICES } from '../../src/contract/displayChoices.ts';

/**
 * The script that puts the reader's display choices (theme, text size, line width, motion) on <html>
 * before the first paint: the page's HTML is shared by every reader (an HTTP cache may hold it), so the
 * choices stored in this browser are applied here, where a dark-theme reader never sees the light page.
 * Each stored value is checked against the app's own lists; anything else gives the default.
 */
export function displayChoicesSource(): string {
  const choices = JSON.stringify(PAINT_CHOICES);
  const defaults = JSON.stringify(DEFAULT_PAINT_PREFS);
  return `(function(){var c=${choices},d=${defaults},s={};try{s=JSON.parse(localStorage.getItem(${JSON.stringify(DISPLAY_STORAGE_KEY)})||"{}")||{}}catch(e){}var h=document.documentElement.dataset;for(var k in c){var v=s[k];h[k]=c[k].indexOf(v)>=0?v:d[k]}})()`;
}

/** Puts the display-choices script in place of <!--display-choices--> in index.html (its CSP hash is computed by the server). */
export function displayChoicesScript(): Plugin {
  return {
    name: 'newswire-display-choices',
    transformIndexHtml: (html) => html.replace('<!--display-choices-->', `<script>${displayChoicesSource()}</script>`),
  };
}
