// `npm run backup -- <file>`: an online copy of the app database (DATABASE_PATH, default
// data/newswire.db; with DATABASE_URL, PostgreSQL's pg_dump) into a new file, safe while the server
// runs and ingests.
import { resolve } from 'node:path';
import { backupDatabase } from './backupDatabase';
import { DatabaseFileProblem } from './checkDatabaseFile';
import { backupPostgres } from './pg/backupPostgres';
import { describePgUrl } from './pg/openPgDatabase';

const USAGE = 'Usage: npm run backup -- <new-file>   (copies DATABASE_URL\'s PostgreSQL database, else DATABASE_PATH, default data/newswire.db)';
const args = process.argv.slice(2);
if (args.length !== 1 || args[0] === undefined || args[0].startsWith('-')) {
  console.error(USAGE);
  process.exit(2);
}
const target = resolve(args[0]);
const started = performance.now();
const databaseUrl = process.env.DATABASE_URL?.trim() ?? '';
if (databaseUrl !== '') {
  try {
    const report = backupPostgres(databaseUrl, target);
    console.log(
      `Backed up ${describePgUrl(databaseUrl)} to ${target} (pg_dump, custom format): ${(report.bytes / 1024 / 1024).toFixed(1)} MiB, ${String(report.entries)} entries readable by pg_restore, in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
    process.exit(0);
  } catch (error) {
    console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
const source = resolve(process.env.DATABASE_PATH ?? 'data/newswire.db');
try {
  const report = await backupDatabase(source, target);
  console.log(
    `Backed up ${source} to ${target}: ${String(report.pages)} pages, ${(report.bytes / 1024 / 1024).toFixed(1)} MiB, integrity ok, in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof DatabaseFileProblem ? message : `backup failed: ${message}`);
  process.exit(1);
}
