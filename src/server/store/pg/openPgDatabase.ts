import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { SECTIONS } from '../../../contract/sections';
import { pgMigrations } from './pgMigrations';

/** A problem with the PostgreSQL database named by DATABASE_URL: the message says what to do. */
export class PgDatabaseProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PgDatabaseProblem';
  }
}

/** The newest PostgreSQL schema this code knows. */
export const PG_SCHEMA_VERSION = Math.max(...pgMigrations.map((m) => m.version));

// bigint (epoch ms, ids, counts) as numbers, refusing what a number cannot hold; dates as their
// ISO text (not a local-time Date); json as its text, as stored. numeric stays text: rates are exact.
const types = new pg.TypeOverrides();
types.setTypeParser(pg.types.builtins.INT8, (value: string): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`integer ${value} is beyond what the app can hold`);
  return n;
});
types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
types.setTypeParser(pg.types.builtins.JSON, (value: string) => value);

/** Parameters of a query: positional ($1, $2, …). */
export type PgParams = readonly unknown[];

/** The app's connection pool to PostgreSQL, with transactions that span awaits. */
export interface PgDb {
  /** Rows of a query, run in the caller's transaction when there is one. */
  // The caller names the row type its SQL selects, as with better-sqlite3's prepare<Params, Row>.
  rows<R extends pg.QueryResultRow>(sql: string, params?: PgParams): Promise<R[]>;
  /** The first row, or undefined. */
  row<R extends pg.QueryResultRow>(sql: string, params?: PgParams): Promise<R | undefined>;
  /** A statement that changes content: the local content version moves once it is committed. */
  write(sql: string, params?: PgParams): Promise<number>;
  /** A statement that changes no content (counted reads): the content version stays. */
  count(sql: string, params?: PgParams): Promise<number>;
  /** Runs `fn` in one transaction on one connection; calls inside it join it. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** Changes whenever content changes, here or on any server on the same database. */
  contentVersion(): string;
  /** Where the database is, without the password (for messages and logs). */
  readonly label: string;
  /** The pool itself (advisory locks, tests). */
  readonly pool: pg.Pool;
  /** Closes the listener and the pool. */
  close(): Promise<void>;
}

/** DATABASE_URL without its password. */
export function describePgUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

function reason(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map(reason).join('; ');
  return error instanceof Error ? error.message : String(error);
}

/**
 * Connects to PostgreSQL at `url` (a pool of `max` connections), applies pending migrations (one
 * server at a time: an advisory lock), and listens for content changes made by other servers. A
 * database that cannot be reached or was written by a newer Newswire is refused with a
 * PgDatabaseProblem; nothing is changed then.
 */
export async function openPgDatabase(url: string, { max = 10, searchPath }: { max?: number; searchPath?: string } = {}): Promise<PgDb> {
  const label = describePgUrl(url);
  const config: pg.PoolConfig = { connectionString: url, max, types, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 };
  if (searchPath !== undefined) config.options = `-c search_path=${searchPath}`;
  const pool = new pg.Pool(config);
  // An idle connection that the server drops (restart, failover) must not crash the process.
  pool.on('error', () => undefined);
  // Our own writes moved the local content version already; their notifications come back from our own backends.
  const ownBackends = new Set<number>();
  pool.on('connect', (client) => {
    const pid = backendPid(client);
    if (pid !== null) ownBackends.add(pid);
  });
  pool.on('remove', (client) => {
    const pid = backendPid(client);
    if (pid !== null) ownBackends.delete(pid);
  });
  try {
    await migrate(pool, label);
  } catch (error) {
    await pool.end();
    if (error instanceof PgDatabaseProblem) throw error;
    throw new PgDatabaseProblem(`Cannot use the PostgreSQL database ${label}: ${reason(error)}. Check DATABASE_URL and that the server is running.`);
  }

  const inside = new AsyncLocalStorage<pg.PoolClient>();
  let localChanges = 0;
  let remoteChanges = 0;
  // Rows are typed by the caller (the SQL names the columns); pg cannot check them.
  const query = async <R extends pg.QueryResultRow>(sql: string, params: PgParams): Promise<pg.QueryResult<R>> => {
    const client = inside.getStore();
    return client === undefined ? pool.query<R>(sql, [...params]) : client.query<R>(sql, [...params]);
  };
  // A write outside a transaction is committed when it returns; inside one, at COMMIT.
  const changed = (): void => {
    if (inside.getStore() === undefined) localChanges++;
  };

  const schema = (await pool.query<{ schema: string }>('SELECT current_schema() AS schema')).rows[0]?.schema;
  const listener = await listen(pool, config, (notification) => {
    if (notification.payload === schema && !ownBackends.has(notification.processId)) remoteChanges++;
  });

  return {
    label,
    pool,
    async rows<R extends pg.QueryResultRow>(sql: string, params: PgParams = []) {
      return (await query<R>(sql, params)).rows;
    },
    async row<R extends pg.QueryResultRow>(sql: string, params: PgParams = []) {
      return (await query<R>(sql, params)).rows[0];
    },
    async write(sql, params = []) {
      const result = await query(sql, params);
      changed();
      return result.rowCount ?? 0;
    },
    async count(sql, params = []) {
      return (await query(sql, params)).rowCount ?? 0;
    },
    async transaction<T>(fn: () => Promise<T>): Promise<T> {
      if (inside.getStore() !== undefined) return fn();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await inside.run(client, fn);
        await client.query('COMMIT');
        localChanges++;
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    contentVersion: () => `${String(localChanges)}.${String(remoteChanges)}.${String(listener.generation())}`,
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

/**
 * LISTEN newswire_content on a connection of its own (a pooled one would be handed to queries).
 * When it is lost, every change may have been missed: the generation moves (so every cache is
 * stale) and it reconnects.
 */
function backendPid(client: pg.PoolClient): number | null {
  const pid: unknown = Reflect.get(client, 'processID');
  return typeof pid === 'number' ? pid : null;
}

async function listen(pool: pg.Pool, config: pg.PoolConfig, onChange: (notification: pg.Notification) => void): Promise<{ generation: () => number; close: () => Promise<void> }> {
  let generation = 0;
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ ...config, types: pool.options.types });
    next.on('notification', onChange);
    next.on('error', () => {
      if (closed) return;
      generation++;
      client = null;
      next.end().catch(() => undefined);
      retry = setTimeout(() => void connect().catch(() => undefined), 1000);
    });
    try {
      await next.connect();
      await next.query('LISTEN newswire_content');
      client = next;
      generation++;
    } catch (error) {
      await next.end().catch(() => undefined);
      if (generation === 0) throw error;
      retry = setTimeout(() => void connect().catch(() => undefined), 1000);
    }
  };
  await connect();
  return {
    generation: () => (client === null ? generation + Math.floor(Date.now() / 1000) : generation),
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end();
    },
  };
}

async function migrate(pool: pg.Pool, label: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // One server migrates at a time; the others wait here and then find nothing left to do.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('newswire:migrate'))");
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)');
    const current = (await client.query<{ version: number }>('SELECT coalesce(max(version), 0) AS version FROM schema_version')).rows[0]?.version ?? 0;
    if (current > PG_SCHEMA_VERSION) {
      throw new PgDatabaseProblem(
        `The PostgreSQL database ${label} has schema version ${String(current)}, written by a newer Newswire (this one knows up to ${String(PG_SCHEMA_VERSION)}): run the newer Newswire, or point DATABASE_URL at another database. It was not changed.`,
      );
    }
    if (current === 0) {
      const tables = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('articles', 'meta', 'sections')",
      );
      const foreign = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'schema_version'",
      );
      if ((foreign.rows[0]?.n ?? 0) > 0 && (tables.rows[0]?.n ?? 0) < 3) {
        throw new PgDatabaseProblem(
          `The PostgreSQL database ${label} already holds tables of another application: point DATABASE_URL at an empty database (createdb newswire) or another schema. It was not changed.`,
        );
      }
    }
    for (const migration of pgMigrations) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      if (migration.version === 1) {
        for (const [i, s] of SECTIONS.entries()) await client.query('INSERT INTO sections (slug, title, position) VALUES ($1, $2, $3)', [s.slug, s.title, i]);
      }
      await client.query('DELETE FROM schema_version');
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [migration.version]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
