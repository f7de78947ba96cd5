import type { Plugin } from 'vite';

const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;

/**
 * The script that asks for the app's entry once the page is parsed and painted. The page the server
 * sends is complete and usable on its own (its links and forms work without the app), so on a slow
 * network the HTML, its inline styles and the lead picture get the connection first and the reader
 * sees the page without waiting for ~100 KiB of script; a tap before hydration is a plain navigation.
 * After DOMContentLoaded, so the app never hydrates a half-received page; after a frame, so the first
 * paint comes before the download; a timer covers a tab whose frames are paused (in the background).
 */
export function postPaintLoaderSource(src: string): string {
  // import(), not a <script> whose src is set: the page enforces Trusted Types, under which a script's
  // src takes only a TrustedScriptURL (a policy of its own), while import() is governed by script-src alone.
  return `(function(){var d=0;function l(){if(d)return;d=1;import(${JSON.stringify(src)})}function p(){requestAnimationFrame(function(){setTimeout(l)});setTimeout(l,1000)}document.readyState==="loading"?document.addEventListener("DOMContentLoaded",p):p()})()`;
}

/** Moves the built index.html's entry <script type="module"> from <head> into a post-paint loader at the end of <body>. */
export function moveEntryAfterPaint(html: string): string {
  const entry = ENTRY.exec(html);
  if (entry === null) throw new Error('postPaintEntry: the built index.html has no <script type="module" crossorigin src="…"> entry');
  const src = entry[1] ?? '';
  const without = html.replace(ENTRY, '');
  if (!without.includes('</body>')) throw new Error('postPaintEntry: the built index.html has no </body>');
  // The server computes the CSP hash of every inline <script> of the page (src/server/http/securityHeaders.ts).
  return without.replace('</body>', () => `<script>${postPaintLoaderSource(src)}</script>\n  </body>`);
}

/** The build's index.html loads the app after its first paint (see postPaintLoaderSource). */
export function postPaintEntry(): Plugin {
  return {
    name: 'newswire-post-paint-entry',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: moveEntryAfterPaint },
  };
}
