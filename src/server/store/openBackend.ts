import { resolve } from 'node:path';
import { createPictureStore, type PictureStore } from '../images/createPictureStore';
import { picturesDir } from '../images/picturesDir';
import { createPgPictureStore } from './pg/createPgPictureStore';
import { createPollStore, type PollStore } from './createPollStore';
import { createStore, type Store } from './createStore';
import { createIngestStore, type IngestStore } from './ingestStore';
import { openDatabase, type Db } from './openDatabase';
import { createPgIngestStore } from './pg/createPgIngestStore';
import { createPgPollStore } from './pg/createPgPollStore';
import { createPgStore } from './pg/createPgStore';
import { openPgDatabase, type PgDb } from './pg/openPgDatabase';

/** Where the data lives: an embedded SQLite file (the default) or a PostgreSQL database. */
export type DatabaseLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; searchPath?: string };

/** The stores over one database, whichever engine it is. */
export interface Backend {
  location: DatabaseLocation;
  /** The file, or the URL without its password. */
  label: string;
  store: Store;
  ingestStore: IngestStore;
  polls: PollStore;
  /** What is known of each feed picture URL, and the folder the stored pictures are in. */
  pictures: PictureStore;
  picturesDir: string;
  /** The SQLite connection (backup, file size), or null on PostgreSQL. */
  sqlite: Db | null;
  /** The PostgreSQL pool (locks, tests), or null on SQLite. */
  postgres: PgDb | null;
  close(): Promise<void>;
}

/** DATABASE_URL (postgres://…) when set, else DATABASE_PATH (default data/newswire.db). */
export function databaseLocation(env: NodeJS.ProcessEnv, defaultPath = 'data/newswire.db'): DatabaseLocation {
  const url = env.DATABASE_URL?.trim() ?? '';
  if (url !== '') {
    if (!/^postgres(ql)?:\/\//i.test(url)) throw new Error('DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/database); unset it to use the embedded SQLite file.');
    return { kind: 'postgres', url };
  }
  return { kind: 'sqlite', path: resolve(env.DATABASE_PATH ?? defaultPath) };
}

/**
 * Opens the stores at `location`. A database the app cannot use is refused untouched with a
 * DatabaseFileProblem (SQLite) or PgDatabaseProblem (PostgreSQL). `poolSize` bounds PostgreSQL's pool.
 */
export async function openBackend(location: DatabaseLocation, { poolSize }: { poolSize?: number } = {}): Promise<Backend> {
  if (location.kind === 'sqlite') {
    const db = openDatabase(location.path);
    const store = createStore(db);
    return {
      location,
      label: location.path,
      store,
      ingestStore: createIngestStore(db, store),
      polls: createPollStore(db),
      pictures: createPictureStore(db),
      picturesDir: picturesDir(location),
      sqlite: db,
      postgres: null,
      close: async () => {
        db.close();
      },
    };
  }
  const pg = await openPgDatabase(location.url, { ...(poolSize === undefined ? {} : { max: poolSize }), ...(location.searchPath === undefined ? {} : { searchPath: location.searchPath }) });
  const store = createPgStore(pg);
  return {
    location,
    label: pg.label,
    store,
    ingestStore: createPgIngestStore(pg, store),
    polls: createPgPollStore(pg),
    pictures: createPgPictureStore(pg),
    picturesDir: picturesDir(location),
    sqlite: null,
    postgres: pg,
    close: () => pg.close(),
  };
}
