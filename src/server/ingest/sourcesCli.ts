// `npm run sources [-- --json]`: every source with its last poll, result, counts, last error and next poll.
// `npm run sources -- import <opml-file-or-URL>`: adds the feeds an OPML lists to the sources file.
// `npm run sources -- export [--out file.opml]`: the sources file as OPML 2.0.
// The sources file is --sources, else INGEST_SOURCES, else sources.json; the database DATABASE_PATH.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createPollStore } from '../store/createPollStore';
import { openDatabase } from '../store/openDatabase';
import { DEFAULT_FETCH_OPTIONS } from './fetchFeed';
import { loadOpml } from './loadOpml';
import { OpmlError } from './readOpml';
import { loadSourcesFile, saveSourcesFile, type FeedSource } from './sourcesFile';
import { formatSourcesReport, sourcesReport } from './sourcesReport';
import { writeOpml } from './writeOpml';

const USAGE = [
  'Usage: npm run sources [-- --json] [--sources sources.json]',
  '       npm run sources -- import <opml-file-or-URL> [--sources sources.json] [--allow-private]',
  '       npm run sources -- export [--sources sources.json] [--out feeds.opml]',
].join('\n');

function fail(message: string, status = 2): never {
  console.error(message);
  process.exit(status);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      sources: { type: 'string' },
      out: { type: 'string' },
      'allow-private': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const sourcesPath = values.sources ?? (process.env.INGEST_SOURCES?.trim() || 'sources.json');
// A file that was named (--sources, INGEST_SOURCES) must exist; the default one may be absent.
const named = values.sources !== undefined || (process.env.INGEST_SOURCES?.trim() ?? '') !== '';
const readSources = (): FeedSource[] => {
  try {
    return loadSourcesFile(sourcesPath);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
};
const [command, ...rest] = positionals;

if (command === 'import') {
  const target = rest[0];
  if (target === undefined || rest.length > 1) fail(`import takes one OPML file or URL.\n${USAGE}`);
  const allowPrivate = values['allow-private'] || process.env.INGEST_ALLOW_PRIVATE === '1';
  let imported: FeedSource[];
  try {
    imported = await loadOpml(target, { ...DEFAULT_FETCH_OPTIONS, allowPrivate });
  } catch (error) {
    fail(error instanceof OpmlError ? error.message : `${target}: ${String(error)}`, 1);
  }
  const existing = existsSync(sourcesPath) ? readSources() : [];
  const known = new Set(existing.map((s) => s.url));
  const added = imported.filter((s) => !known.has(s.url));
  const merged = [...existing, ...added];
  if (merged.length > 500) fail(`${sourcesPath} would list ${String(merged.length)} sources, more than 500.`, 1);
  saveSourcesFile(sourcesPath, merged);
  console.log(`${String(added.length)} feed(s) added to ${sourcesPath} from ${target}; ${String(imported.length - added.length)} already there; ${String(merged.length)} in all.`);
} else if (command === 'export') {
  if (rest.length > 0) fail(`export takes no file name; use --out.\n${USAGE}`);
  const opml = writeOpml(readSources(), new Date());
  if (values.out === undefined) process.stdout.write(opml);
  else {
    writeFileSync(values.out, opml);
    console.log(`Wrote ${values.out} (OPML 2.0) from ${sourcesPath}.`);
  }
} else if (command === undefined) {
  const sources = named || existsSync(sourcesPath) ? readSources() : [];
  const db = openDatabase(resolve(process.env.DATABASE_PATH ?? 'data/newswire.db'));
  const reports = await sourcesReport(sources, createPollStore(db));
  db.close();
  const file = existsSync(sourcesPath) ? sourcesPath : null;
  if (values.json) process.stdout.write(`${JSON.stringify({ sourcesFile: file, sources: reports }, null, 2)}\n`);
  else process.stdout.write(formatSourcesReport(reports, file));
} else {
  fail(`Unknown command "${command.slice(0, 40)}".\n${USAGE}`);
}
