// `npm run db:copy -- --from data/newswire.db --to postgres://…`: moves the embedded database into an
// empty PostgreSQL database in one transaction (all of it or nothing) and checks every table's count.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseFileProblem } from './checkDatabaseFile';
import { openDatabase } from './openDatabase';
import { copyToPostgres } from './pg/copyToPostgres';
import { openPgDatabase, PgDatabaseProblem } from './pg/openPgDatabase';

const USAGE = 'Usage: npm run db:copy -- --from data/newswire.db --to postgres://user:password@host:5432/database';
let values;
try {
  ({ values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
if (values.from === undefined || values.to === undefined || !/^postgres(ql)?:\/\//i.test(values.to)) {
  console.error(USAGE);
  process.exit(2);
}
const from = resolve(values.from);
if (!existsSync(from)) {
  console.error(`There is no database ${from} to copy.`);
  process.exit(1);
}

const started = performance.now();
let source;
let target;
try {
  // Opened as the app opens it: a file of an older Newswire is migrated first, so every table is copied.
  source = openDatabase(from);
  target = await openPgDatabase(values.to, { max: 2 });
  const tty = process.stdout.isTTY;
  const counts = await copyToPostgres(source, target, (table, rows) => {
    if (tty) process.stdout.write(`\r${`${table}: ${String(rows)} rows`.padEnd(60)}`);
  });
  if (tty) process.stdout.write(`\r${' '.repeat(60)}\r`);
  for (const [table, rows] of Object.entries(counts)) console.log(`${table.padEnd(22)} ${String(rows).padStart(9)} rows`);
  console.log(`Copied ${from} to ${target.label} in ${((performance.now() - started) / 1000).toFixed(1)} s; every table's count checked.`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof DatabaseFileProblem || error instanceof PgDatabaseProblem ? message : `db:copy failed, nothing was copied: ${message}`);
  process.exitCode = 1;
} finally {
  source?.close();
  await target?.close();
}
