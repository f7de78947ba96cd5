// `npm run ingest -- <file-or-URL> [...] [--section slug] [--sources sources.json] [--allow-private]`:
// ingests feeds into the app database (DATABASE_PATH, default data/newswire.db), one line per feed.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isSectionSlug, SECTION_SLUGS } from '../../contract/sections';
import { createStore } from '../store/createStore';
import { createIngestStore } from '../store/ingestStore';
import { openAppDatabase } from '../store/openAppDatabase';
import { DEFAULT_FETCH_OPTIONS } from './fetchFeed';
import { ingestFeed, type SectionRules } from './ingestFeed';
import { loadSourcesFile } from './sourcesFile';
import { describeReport } from './startFeedPolling';

const USAGE = 'Usage: npm run ingest -- <file-or-URL> [...] [--section slug] [--sources sources.json] [--allow-private]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      section: { type: 'string' },
      sources: { type: 'string' },
      'allow-private': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const section = values.section ?? 'world';
if (!isSectionSlug(section)) {
  console.error(`--section must be one of ${SECTION_SLUGS.join(', ')}, not "${section}".`);
  process.exit(2);
}

const jobs: { target: string; rules: SectionRules }[] = positionals.map((target) => ({ target, rules: { section } }));
if (values.sources !== undefined) {
  try {
    for (const source of loadSourcesFile(values.sources)) {
      jobs.push({ target: source.url, rules: { section: source.section, categories: source.categories } });
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
if (jobs.length === 0) {
  console.error(`Nothing to ingest: name at least one feed file or URL, or --sources.\n${USAGE}`);
  process.exit(2);
}

const allowPrivate = values['allow-private'] || process.env.INGEST_ALLOW_PRIVATE === '1';
const databasePath = resolve(process.env.DATABASE_PATH ?? 'data/newswire.db');
const db = openAppDatabase(databasePath);
const store = createStore(db);
const deps = { store, ingestStore: createIngestStore(db, store), now: Date.now, fetchOptions: { ...DEFAULT_FETCH_OPTIONS, allowPrivate } };

let failures = 0;
for (const job of jobs) {
  try {
    console.log(`ok     ${describeReport(await ingestFeed(job.target, job.rules, deps))}`);
  } catch (error) {
    failures += 1;
    console.error(`failed ${error instanceof Error ? error.message : String(error)}`);
  }
}
db.close();
console.log(`${String(jobs.length - failures)} of ${String(jobs.length)} feeds ingested into ${databasePath}.`);
process.exitCode = failures === 0 ? 0 : 1;
