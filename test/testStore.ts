import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';
import { type Backend, openBackend } from '../src/server/store/openBackend';
import { seedDemo } from '../src/server/seed/seedDemo';
import { parseCbrDaily } from '../src/server/rates/parseCbrDaily';
import { parseEcbRates } from '../src/server/rates/parseEcbRates';
import { corpusBytes } from './fxCorpus';

/**
 * The engine server tests run on: SQLite (in memory) by default; PostgreSQL when the vitest project
 * `server-postgres` sets NEWSWIRE_TEST_STORE=postgres (TEST_DATABASE_URL names the database).
 */
export const TEST_ENGINE: 'sqlite' | 'postgres' = process.env.NEWSWIRE_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

const opened: { backend: Backend; schema: string | null }[] = [];
// Schemas handed to servers and CLIs the tests start (testDatabaseEnv), dropped with the others.
const handedOut: string[] = [];

// Each PostgreSQL test store lives in a schema of its own, dropped when the file's tests are done.
afterAll(async () => {
  const all = opened.splice(0);
  await Promise.all(all.map(({ backend }) => backend.close()));
  const schemas = [...all.flatMap(({ schema }) => (schema === null ? [] : [schema])), ...handedOut.splice(0)];
  if (schemas.length === 0) return;
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  try {
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await admin.end();
  }
});

/** TEST_DATABASE_URL, required on PostgreSQL. */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined || url === '') throw new Error('TEST_DATABASE_URL is not set: the server-postgres tests need a PostgreSQL database (see README, "Several machines: PostgreSQL").');
  return url;
}

/** A fresh, empty PostgreSQL schema on the test database (for tests that start servers on it). */
export async function createTestSchema(): Promise<string> {
  const schema = `nw_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  return schema;
}

/** An empty database on the test engine: SQLite in memory, or a new PostgreSQL schema. Closed after the file's tests. */
export async function createEmptyTestBackend(): Promise<Backend> {
  if (TEST_ENGINE === 'sqlite') {
    const backend = await openBackend({ kind: 'sqlite', path: ':memory:' });
    opened.push({ backend, schema: null });
    return backend;
  }
  const schema = await createTestSchema();
  const backend = await openBackend({ kind: 'postgres', url: testDatabaseUrl(), searchPath: schema }, { poolSize: 4 });
  opened.push({ backend, schema });
  return backend;
}

/**
 * A fresh database on the test engine with the demo corpus published relative to `now` and the fx
 * corpus's Bank of Russia list of 26 March 2019 and ECB 90 days up to 11 June 2018: fixed, many-day
 * test rates that do not move when the bundled documents are replaced by newer ones (loadBundledRates
 * has its own tests).
 */
export async function createTestStore(now = Date.now()): Promise<Backend> {
  const backend = await createEmptyTestBackend();
  const { store } = backend;
  await seedDemo(store, now);
  await store.rates.saveDays([parseCbrDaily(corpusBytes('cbr-xml-daily-2019-03-26.cp1251.xml'), now)]);
  await store.rates.saveDays(parseEcbRates(corpusBytes('ecb-eurofxref-hist-90d-sample.xml'), now));
  return backend;
}

/** Rows of a raw query on either engine (`?` placeholders; numbered for PostgreSQL): for tests that look under the store. */
export async function testRows<R extends Record<string, unknown>>(backend: Backend, sql: string, params: readonly unknown[] = []): Promise<R[]> {
  if (backend.sqlite !== null) return backend.sqlite.prepare<unknown[], R>(sql).all(...params);
  if (backend.postgres === null) throw new Error('testRows: the backend has no connection');
  let n = 0;
  return backend.postgres.rows<R>(sql.replace(/\?/g, () => `$${String(++n)}`), params);
}

/** Runs statements that return nothing (DELETE, CREATE …) on either engine. */
export async function testExec(backend: Backend, sql: string): Promise<void> {
  if (backend.sqlite !== null) backend.sqlite.exec(sql);
  else await backend.postgres?.rows(sql);
}

/**
 * The environment that points a server or CLI started by a test at a fresh database of the test
 * engine: the SQLite file `sqliteFile`, or (PostgreSQL) DATABASE_URL naming a new schema.
 */
export async function testDatabaseEnv(sqliteFile: string): Promise<Record<string, string>> {
  if (TEST_ENGINE === 'sqlite') return { DATABASE_PATH: sqliteFile };
  const schema = await createTestSchema();
  handedOut.push(schema);
  const url = testDatabaseUrl();
  return { DATABASE_PATH: sqliteFile, DATABASE_URL: `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}` };
}
