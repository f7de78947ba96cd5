import { encodeFirstPaint, FIRST_PAINT_COOKIE, type FirstPaint } from '../contract/firstPaint';
import { chosenCity } from '../features/city/cityStore';
import { DEFAULT_CITY } from '../features/city/storedCity';
import { readStoredChoice } from '../features/feed/sectionChoice';
import { onChoicesChanged } from './choicesChanged';
import { readPrefs } from './displayPrefs';

// The server draws the first paint of a page before the app runs (src/server/html/pagePreview.ts). This
// cookie tells it what the reader chose, so that paint matches what the app then draws (theme, text
// size, city, feed filter, data saver): see src/contract/firstPaint.ts.

/** What the server's first paint needs to know about this reader, from the stored choices. */
export function currentFirstPaint(): FirstPaint {
  const prefs = readPrefs();
  const city = chosenCity();
  return {
    prefs: { theme: prefs.theme, textSize: prefs.textSize, lineWidth: prefs.lineWidth, motion: prefs.motion },
    limits: {
      otherCity: city.label !== DEFAULT_CITY.name || city.timeZone !== DEFAULT_CITY.timeZone,
      filteredFeed: readStoredChoice() !== null,
      noPictures: prefs.dataSaver === 'on',
    },
  };
}

/** Writes the cookie (for a year, this site only); nothing happens when cookies are blocked. */
export function writeFirstPaintCookie(paint: FirstPaint = currentFirstPaint(), doc: Document = document): void {
  const secure = doc.location.protocol === 'https:' ? '; Secure' : '';
  try {
    doc.cookie = `${FIRST_PAINT_COOKIE}=${encodeFirstPaint(paint)}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
  } catch {
    // Cookies disabled: the server then draws no preview, and the app draws the page itself.
  }
}

/** Keeps the cookie current: now, after every saved choice, and when the page is hidden (another tab may have changed them). */
export function keepFirstPaintCookie(): void {
  writeFirstPaintCookie();
  onChoicesChanged(() => writeFirstPaintCookie());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') writeFirstPaintCookie();
  });
}
