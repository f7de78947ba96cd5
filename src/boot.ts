// The page's loader (built by scripts/vite/deferredStart.ts into a small file of its own, which
// index.html runs instead of the app). With a first paint from the server (a preview of the page in
// #root, src/server/html/pagePreview.ts), the app's script is requested only once that paint and its
// lead picture are on screen: on a slow line the picture then does not share the bandwidth with the
// app's 100 KiB, and the reader sees the news sooner. Without a preview the app starts at once.

/** The app's entry chunk, relative to this file (put in by the build). */
declare const __NEWSWIRE_APP__: string;

/** Resolves after the browser has painted the current document (two animation frames). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Resolves when the picture has loaded or failed, or after `limit` ms: the app never waits longer for it. */
export function pictureSettled(img: HTMLImageElement | null, limit: number): Promise<void> {
  if (img === null || img.complete) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve();
    img.addEventListener('load', done, { once: true });
    img.addEventListener('error', done, { once: true });
    setTimeout(done, limit);
  });
}

/**
 * Waits for the preview's paint and picture (when the page has a preview), then starts the app. When
 * the app's script cannot be downloaded, the preview comes alive (its links and search work without
 * the app) under a message that says so.
 */
export async function boot(doc: Document, start: () => Promise<unknown>): Promise<void> {
  const root = doc.getElementById('root');
  const preview = root?.firstElementChild ?? null;
  if (preview !== null) {
    await pictureSettled(doc.querySelector<HTMLImageElement>('#root img[fetchpriority="high"]'), 1500);
    await afterPaint();
  }
  try {
    await start();
  } catch {
    const notice = doc.createElement('p');
    notice.className = 'notice';
    notice.setAttribute('role', 'alert');
    notice.textContent = 'Newswire did not finish loading: check your connection and reload the page.';
    if (root !== null && preview !== null) {
      root.removeAttribute('inert');
      root.querySelector('main')?.prepend(notice);
    } else doc.body.prepend(notice);
  }
}

if (typeof __NEWSWIRE_APP__ === 'string') void boot(document, () => import(/* @vite-ignore */ new URL(__NEWSWIRE_APP__, import.meta.url).href));
