import { DISPLAY_STORAGE_KEY } from '../contract/displayChoices';
import { CITY_STORAGE_KEY } from '../features/city/cityStore';
import { parseChoice } from '../features/city/storedCity';
import { CONVERTER_KEY, ConverterPrefs } from '../features/currency/converterPrefs';
import { FILTER_STORAGE_KEY, parseFilter } from '../features/feed/sectionChoice';
import { PREFETCH_KEY, StoredPrefetch } from '../features/offline/prefetchSettings';
import type { DataRegistry, SavedArticles } from '../features/your-data/readerData';
import { YourData } from '../features/your-data/YourData';
import { notifyChoicesChanged } from '../lib/choicesChanged';
import { applyPrefs, parsePrefs, readPrefs } from '../lib/displayPrefs';
import { parseFollows } from '../lib/follows';
import { parseMutes } from '../lib/mutes';
import { parseVisit } from '../lib/myNewsVisits';
import { MAX_READ_MARKS, parseReadMarks, type ReadMark } from '../lib/readMarks';
import { listSavedArticles, writeSavedArticles } from '../lib/savedStore';

// Equal as JSON values, whatever the order of the keys.
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(Reflect.get(a, key), Reflect.get(b, key)));
}

/** Read marks of two devices: each story once, with its latest reading, the newest kept. */
function mergeReadMarks(device: unknown[], file: unknown[]): ReadMark[] {
  const seen = new Set<number>();
  return parseReadMarks([...device, ...file])
    .sort((a, b) => b[1] - a[1])
    .filter(([id]) => !seen.has(id) && Boolean(seen.add(id)))
    .slice(0, MAX_READ_MARKS);
}

/** Everything this device keeps for the reader, each with how its stored value is checked. */
const READER_DATA: DataRegistry = {
  choices: [
    { key: DISPLAY_STORAGE_KEY, label: 'display choices', valid: (json) => sameJson(parsePrefs(json), json) },
    { key: CITY_STORAGE_KEY, label: 'city', valid: (json) => sameJson(parseChoice(json), json) },
    { key: FILTER_STORAGE_KEY, label: 'feed filter', valid: (json) => parseFilter(json) !== null },
    { key: PREFETCH_KEY, label: 'download settings', valid: (json) => StoredPrefetch.safeParse(json).success },
    { key: CONVERTER_KEY, label: 'currency converter choice', valid: (json) => ConverterPrefs.safeParse(json).success },
    { key: 'newswire.my.visit', label: 'last visit of My News', valid: (json) => parseVisit(json) !== null },
  ],
  lists: [
    { key: 'newswire.follows', one: 'follow', label: 'follows', parse: parseFollows, merge: (device, file) => parseFollows([...device, ...file]) },
    { key: 'newswire.mutes', one: 'mute', label: 'mutes', parse: parseMutes, merge: (device, file) => parseMutes([...device, ...file]) },
    { key: 'newswire.read', one: 'read mark', label: 'read marks', parse: parseReadMarks, merge: mergeReadMarks },
  ],
};

const SAVED: SavedArticles = {
  list: async () => (await listSavedArticles()).articles,
  write: writeSavedArticles,
};

function afterImport() {
  applyPrefs(readPrefs());
  notifyChoicesChanged();
}

/** `/data`: Your data — export what this device keeps for the reader, import it on another. */
export function DataPage() {
  return (
    <div className="page page-data">
      <title>Your data — Newswire</title>
      <meta name="description" content="Export everything Newswire keeps on this device for you, and import it on another device." />
      <h1 className="page-title">Your data</h1>
      <noscript>
        <p className="notice">Your data is kept on this device by the page’s script: with JavaScript off it cannot be exported or imported.</p>
      </noscript>
      <YourData registry={READER_DATA} saved={SAVED} onImported={afterImport} />
    </div>
  );
}
