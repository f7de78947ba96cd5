import { DatabaseFileProblem } from './checkDatabaseFile';
import { openDatabase, type Db } from './openDatabase';

/**
 * openDatabase for the command-line entry points (server, ingest, rates, seed, backup): a file that
 * cannot be the app's database is reported in one line and the process exits with 1.
 */
export function openAppDatabase(file: string): Db {
  try {
    return openDatabase(file);
  } catch (error) {
    if (!(error instanceof DatabaseFileProblem)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
