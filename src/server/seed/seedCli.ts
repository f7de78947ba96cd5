// `npm run seed -- --articles 100000 [--db data/synthetic.db]`: a database of synthetic articles
// for load tests and benchmarks, in its own file (never the app's data/newswire.db).
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStore } from '../store/createStore';
import { openAppDatabase } from '../store/openAppDatabase';
import { seedSynthetic } from './seedSynthetic';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '10000' }, db: { type: 'string', default: 'data/synthetic.db' } },
});
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 1 || count > 5_000_000) {
  console.error(`--articles must be a whole number from 1 to 5000000, not "${values.articles}".`);
  process.exit(1);
}
const file = resolve(values.db);
if (file === resolve('data/newswire.db')) {
  console.error('Refusing to overwrite the app database data/newswire.db; pass another --db file.');
  process.exit(1);
}
for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) rmSync(file + suffix);

const started = performance.now();
const db = openAppDatabase(file);
await seedSynthetic(createStore(db), count, Date.now(), (done) => process.stdout.write(`\r${String(done)} / ${String(count)}`));
db.pragma('optimize');
db.close();
console.log(`\nWrote ${String(count)} synthetic articles to ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
