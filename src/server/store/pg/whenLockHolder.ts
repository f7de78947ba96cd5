import pg from 'pg';
import type { PgDb } from './openPgDatabase';

/** How often a server that does not hold the lock tries again (and so how soon it takes over). */
export const LOCK_RETRY_MS = 3000;

/**
 * Runs `start` while this process holds the PostgreSQL session lock `name`, so that of all the
 * servers on one database exactly one does it (feed polling, the rates refresh). The lock lives on a
 * connection of its own: when the process dies or loses the connection, PostgreSQL releases it and
 * another server takes over within LOCK_RETRY_MS. Returns the stop function.
 */
export function whenLockHolder(db: PgDb, name: string, start: () => () => void, log: (line: string) => void = () => undefined): () => void {
  let stopped = false;
  let client: pg.Client | null = null;
  let stop: (() => void) | null = null;
  let timer: NodeJS.Timeout | undefined;
  const release = (): void => {
    stop?.();
    stop = null;
    const held = client;
    client = null;
    held?.end().catch(() => undefined);
  };
  const attempt = async (): Promise<void> => {
    const next = new pg.Client(db.pool.options);
    next.on('error', () => {
      if (client !== next) return;
      log(`lost the connection that held the ${name} lock; stopped, trying again`);
      release();
      schedule();
    });
    try {
      await next.connect();
      const got = (await next.query<{ held: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS held', [`newswire:${name}`])).rows[0]?.held === true;
      if (!got || stopped) {
        await next.end();
        schedule();
        return;
      }
      client = next;
      log(`this server holds the ${name} lock`);
      stop = start();
    } catch {
      await next.end().catch(() => undefined);
      schedule();
    }
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => void attempt(), LOCK_RETRY_MS);
    timer.unref();
  };
  void attempt();
  return () => {
    stopped = true;
    clearTimeout(timer);
    release();
  };
}
