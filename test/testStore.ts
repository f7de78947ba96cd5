import { createStore, type Store } from '../src/server/store/createStore';
import { openDatabase, type Db } from '../src/server/store/openDatabase';
import { seedDemo } from '../src/server/seed/seedDemo';
import { loadBundledRates } from '../src/server/rates/loadBundledRates';

/** A fresh in-memory database with the demo corpus published relative to `now` and the bundled exchange rates. */
export function createTestStore(now = Date.now()): { db: Db; store: Store } {
  const db = openDatabase(':memory:');
  const store = createStore(db);
  seedDemo(store, now);
  loadBundledRates(store.rates, now);
  return { db, store };
}
