import { DatabaseFileProblem } from './checkDatabaseFile';
import { type Backend, databaseLocation, openBackend } from './openBackend';
import { PgDatabaseProblem } from './pg/openPgDatabase';

/**
 * openBackend for the command-line entry points (server, ingest, rates, seed): the database of
 * DATABASE_URL, else the file of DATABASE_PATH (or `defaultPath`). A database that cannot be the
 * app's is reported in one line and the process exits with 1.
 */
export async function openAppBackend(env: NodeJS.ProcessEnv, { defaultPath, poolSize }: { defaultPath?: string; poolSize?: number } = {}): Promise<Backend> {
  try {
    return await openBackend(databaseLocation(env, defaultPath), poolSize === undefined ? {} : { poolSize });
  } catch (error) {
    if (!(error instanceof DatabaseFileProblem || error instanceof PgDatabaseProblem || (error instanceof Error && error.message.startsWith('DATABASE_URL')))) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
