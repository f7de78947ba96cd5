// `npm run seed -- --articles 100000 [--db data/synthetic.db | --db postgres://…]`: a database of
// synthetic articles for load tests and benchmarks, in its own file (never the app's data/newswire.db)
// or an empty PostgreSQL database.
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openAppBackend } from '../store/openAppBackend';
import { seedSynthetic } from './seedSynthetic';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '10000' }, db: { type: 'string', default: 'data/synthetic.db' } },
});
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 1 || count > 5_000_000) {
  console.error(`--articles must be a whole number from 1 to 5000000, not "${values.articles}".`);
  process.exit(1);
}
const postgres = /^postgres(ql)?:\/\//i.test(values.db);
const file = postgres ? values.db : resolve(values.db);
if (!postgres && file === resolve('data/newswire.db')) {
  console.error('Refusing to overwrite the app database data/newswire.db; pass another --db file.');
  process.exit(1);
}
if (!postgres) for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) rmSync(file + suffix);

const started = performance.now();
const backend = await openAppBackend(postgres ? { DATABASE_URL: file } : { DATABASE_PATH: file });
if (postgres && (await backend.store.countArticles()) > 0) {
  console.error(`Refusing to seed ${backend.label}: it already holds articles; pass an empty database.`);
  await backend.close();
  process.exit(1);
}
await seedSynthetic(backend.store, count, Date.now(), (done) => process.stdout.write(`\r${String(done)} / ${String(count)}`));
if (backend.sqlite !== null) backend.sqlite.pragma('optimize');
else await backend.postgres?.rows('ANALYZE');
await backend.close();
console.log(`\nWrote ${String(count)} synthetic articles to ${backend.label} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
