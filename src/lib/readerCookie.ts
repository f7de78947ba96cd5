import { encodeReaderChoices, READER_COOKIE, type ReaderChoices } from '../contract/readerCookie';
import { chosenCity } from '../features/city/cityStore';
import { DEFAULT_CITY } from '../features/city/storedCity';
import { readStoredChoice } from '../features/feed/sectionChoice';
import { onChoicesChanged } from './choicesChanged';

// The server renders a page for this reader when the cookie says their city or feed filter differs
// from the defaults (src/contract/readerCookie.ts); without the cookie they get the shared page, and the
// app moves it to their choices right after hydration.

/** The reader's stored choices that change what a page says. */
export function currentReaderChoices(): ReaderChoices {
  const { choice, timeZone } = chosenCity();
  const isDefault = choice.kind === 'city' && choice.id === DEFAULT_CITY.id && choice.timeZone === DEFAULT_CITY.timeZone && choice.name === DEFAULT_CITY.name;
  return {
    city: isDefault ? null : choice.kind === 'city' ? { kind: 'city', id: choice.id } : { kind: 'local', timeZone },
    sections: readStoredChoice(),
  };
}

/** Writes the cookie (a year, this site only), or removes it when the reader chose nothing; nothing happens when cookies are blocked. */
export function writeReaderCookie(choices: ReaderChoices = currentReaderChoices(), doc: Document = document): void {
  const value = encodeReaderChoices(choices);
  const secure = doc.location.protocol === 'https:' ? '; Secure' : '';
  try {
    doc.cookie = `${READER_COOKIE}=${value ?? ''}; Path=/; Max-Age=${value === null ? '0' : '31536000'}; SameSite=Lax${secure}`;
  } catch {
    // Cookies disabled: the reader gets the shared page, which the app moves to their choices.
  }
}

/** Keeps the cookie current: now, after every saved choice, and when the page is hidden (another tab may have changed them). */
export function keepReaderCookie(): void {
  writeReaderCookie();
  onChoicesChanged(() => writeReaderCookie());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') writeReaderCookie();
  });
}
