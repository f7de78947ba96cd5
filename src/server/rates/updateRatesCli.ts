import { openAppBackend } from '../store/openAppBackend';
import { loadBundledRates } from './loadBundledRates';
import { ratesSourcesFromEnv } from './ratesSources';
import { ratesInService, summarizeUpdate } from './summarizeUpdate';
import { updateRates } from './updateRates';

// `npm run rates:update`: fetches the current Bank of Russia and ECB documents into the database
// (DATABASE_URL, else DATABASE_PATH, default data/newswire.db). Exit status 0 when every document was stored, 1 otherwise.
let documents;
try {
  documents = ratesSourcesFromEnv(process.env);
} catch (error) {
  console.error(`rates:update: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const backend = await openAppBackend(process.env, { poolSize: 2 });
const { store } = backend;
await loadBundledRates(store.rates, Date.now());
// INGEST_ALLOW_PRIVATE=1 lifts the address rules for local testing, as it does for feeds.
const outcomes = await updateRates(store.rates, documents, { allowPrivate: process.env.INGEST_ALLOW_PRIVATE === '1' });
const inService = await ratesInService(store.rates);
await backend.close();

const failed = outcomes.some((o) => !o.ok);
for (const line of summarizeUpdate(outcomes, inService)) (failed ? console.error : console.log)(line);
process.exit(failed ? 1 : 0);
