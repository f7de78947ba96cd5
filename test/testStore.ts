import { createStore, type Store } from '../src/server/store/createStore';
import { openDatabase, type Db } from '../src/server/store/openDatabase';
import { seedDemo } from '../src/server/seed/seedDemo';
import { parseCbrDaily } from '../src/server/rates/parseCbrDaily';
import { parseEcbRates } from '../src/server/rates/parseEcbRates';
import { corpusBytes } from './fxCorpus';

/**
 * A fresh in-memory database with the demo corpus published relative to `now` and the fx corpus's
 * Bank of Russia list of 26 March 2019 and ECB 90 days up to 11 June 2018: fixed, many-day test rates
 * that do not move when the bundled documents are replaced by newer ones (loadBundledRates has its own tests).
 */
export async function createTestStore(now = Date.now()): Promise<{ db: Db; store: Store }> {
  const db = openDatabase(':memory:');
  const store = createStore(db);
  await seedDemo(store, now);
  await store.rates.saveDays([parseCbrDaily(corpusBytes('cbr-xml-daily-2019-03-26.cp1251.xml'), now)]);
  await store.rates.saveDays(parseEcbRates(corpusBytes('ecb-eurofxref-hist-90d-sample.xml'), now));
  return { db, store };
}
