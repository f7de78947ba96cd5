// `npm run ingest -- <file-or-URL> [...] [--section slug] [--full-text] [--sources sources.json] [--opml file-or-URL] [--allow-private]`:
// ingests feeds into the app database (DATABASE_URL, else DATABASE_PATH, default data/newswire.db), one line per feed,
// and records each in the poll log that `npm run sources` shows.
import { parseArgs } from 'node:util';
import { isSectionSlug, SECTION_SLUGS } from '../../contract/sections';
import type { PollRecord } from '../store/createPollStore';
import { openAppBackend } from '../store/openAppBackend';
import { DEFAULT_FETCH_OPTIONS } from './fetchFeed';
import { IngestError, ingestFeed, isUrl, type SectionRules } from './ingestFeed';
import { loadOpml } from './loadOpml';
import { OpmlError } from './readOpml';
import { type FeedSource, loadSourcesFile } from './sourcesFile';
import { describeReport } from './startFeedPolling';

const USAGE = 'Usage: npm run ingest -- <file-or-URL> [...] [--section slug] [--full-text] [--sources sources.json] [--opml file-or-URL] [--allow-private]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      section: { type: 'string' },
      sources: { type: 'string' },
      opml: { type: 'string', multiple: true },
      'full-text': { type: 'boolean', default: false },
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

const fullText = values['full-text'];
const allowPrivate = values['allow-private'] || process.env.INGEST_ALLOW_PRIVATE === '1';
const fetchOptions = { ...DEFAULT_FETCH_OPTIONS, allowPrivate };
// --full-text applies to the feeds named here and turns it on for every listed source too.
const jobs: { target: string; rules: SectionRules }[] = positionals.map((target) => ({ target, rules: { section, fullText } }));
const addSources = (sources: readonly FeedSource[]) => {
  for (const source of sources) {
    jobs.push({ target: source.url, rules: { section: source.section, categories: source.categories, fullText: fullText || source.fullText } });
  }
};
if (values.sources !== undefined) {
  try {
    addSources(loadSourcesFile(values.sources));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
for (const opml of values.opml ?? []) {
  try {
    addSources(await loadOpml(opml, fetchOptions));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof OpmlError ? 1 : 2);
  }
}
if (jobs.length === 0) {
  console.error(`Nothing to ingest: name at least one feed file or URL, --sources or --opml.\n${USAGE}`);
  process.exit(2);
}

const backend = await openAppBackend(process.env, { poolSize: 2 });
const { store, ingestStore, polls } = backend;
const log = (line: string) => console.log(`       ${line}`);
const pictures = { store: backend.pictures, dir: backend.picturesDir, fetchOptions, now: Date.now, log };
const deps = { store, ingestStore, now: Date.now, fetchOptions, log, pictures };
// Only feeds with a URL are sources the operator's view follows; a local file is a one-off import.
const record = async (target: string, poll: Omit<PollRecord, 'url' | 'finishedAt' | 'nextPollAt'>) => {
  if (isUrl(target)) await polls.record({ url: target, finishedAt: Date.now(), nextPollAt: null, ...poll });
};

let failures = 0;
for (const job of jobs) {
  const startedAt = Date.now();
  try {
    const report = await ingestFeed(job.target, job.rules, deps);
    console.log(`ok     ${describeReport(report)}`);
    const { created, updated, unchanged, skipped } = report;
    await record(job.target, { startedAt, result: report.status, created, updated, unchanged, skipped, error: null });
  } catch (error) {
    failures += 1;
    console.error(`failed ${error instanceof Error ? error.message : String(error)}`);
    const reason = error instanceof IngestError ? error.reason : String(error);
    await record(job.target, { startedAt, result: 'failed', created: 0, updated: 0, unchanged: 0, skipped: 0, error: reason });
  }
}
await backend.close();
console.log(`${String(jobs.length - failures)} of ${String(jobs.length)} feeds ingested into ${backend.label}.`);
process.exitCode = failures === 0 ? 0 : 1;
