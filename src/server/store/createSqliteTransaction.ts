import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from './openDatabase';

/**
 * The store's `transaction` over one SQLite connection. The store's methods are async (PostgreSQL
 * needs them so) but run their statements synchronously; a transaction spans the awaits of `fn`, so
 * transactions on the connection are queued one after another, and a call made inside `fn` (found
 * through AsyncLocalStorage) joins the open one instead of waiting behind it. A write that another
 * caller makes outside any transaction while `fn` awaits lands in the open transaction (one
 * connection has one transaction); the store's writers are the seed and ingest, which do not race.
 */
export function createSqliteTransaction(db: Db): <T>(fn: () => Promise<T>) => Promise<T> {
  const inside = new AsyncLocalStorage<true>();
  let tail: Promise<unknown> = Promise.resolve();
  const run = async <T>(fn: () => Promise<T>): Promise<T> => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = await inside.run(true, fn);
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (inside.getStore() === true) return fn();
    const result = tail.then(() => run(fn));
    tail = result.catch(() => undefined);
    return result;
  };
}
