import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestSchema, testDatabaseUrl } from '../../../../test/testStore';
import { openPgDatabase, PG_SCHEMA_VERSION, PgDatabaseProblem } from './openPgDatabase';

const admin = new pg.Client({ connectionString: testDatabaseUrl() });
await admin.connect();
const schemas: string[] = [];
const schema = async () => {
  const name = await createTestSchema();
  schemas.push(name);
  return name;
};
const tables = async (name: string) =>
  (await admin.query<{ t: string }>('SELECT table_name AS t FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1', [name])).rows.map((r) => r.t);

afterAll(async () => {
  for (const name of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
  await admin.end();
});

describe('openPgDatabase', () => {
  it('creates the schema once, with its version, when several servers start at the same moment', async () => {
    const name = await schema();
    const dbs = await Promise.all([1, 2, 3].map(() => openPgDatabase(testDatabaseUrl(), { searchPath: name, max: 2 })));
    expect((await admin.query(`SELECT version FROM ${name}.schema_version`)).rows).toEqual([{ version: PG_SCHEMA_VERSION }]);
    expect((await admin.query(`SELECT count(*)::int AS n FROM ${name}.sections`)).rows).toEqual([{ n: 8 }]);
    await Promise.all(dbs.map((db) => db.close()));
  });

  it('refuses a database written by a newer Newswire, and one of another application, without changing either', async () => {
    const newer = await schema();
    await admin.query(`CREATE TABLE ${newer}.schema_version (version integer NOT NULL); INSERT INTO ${newer}.schema_version VALUES (${String(PG_SCHEMA_VERSION + 1)})`);
    await expect(openPgDatabase(testDatabaseUrl(), { searchPath: newer })).rejects.toThrow(
      new PgDatabaseProblem(
        `The PostgreSQL database ${testDatabaseUrl()} has schema version ${String(PG_SCHEMA_VERSION + 1)}, written by a newer Newswire (this one knows up to ${String(PG_SCHEMA_VERSION)}): run the newer Newswire, or point DATABASE_URL at another database. It was not changed.`,
      ),
    );
    expect(await tables(newer)).toEqual(['schema_version']);

    const foreign = await schema();
    await admin.query(`CREATE TABLE ${foreign}.invoices (id integer PRIMARY KEY)`);
    await expect(openPgDatabase(testDatabaseUrl(), { searchPath: foreign })).rejects.toThrow(/holds tables of another application: point DATABASE_URL at an empty database/);
    expect(await tables(foreign)).toEqual(['invoices']);
  });

  it('says which server it cannot reach, without the password', async () => {
    await expect(openPgDatabase('postgres://newswire:secret@127.0.0.1:1/newswire')).rejects.toThrow(
      /^Cannot use the PostgreSQL database postgres:\/\/newswire:\*\*\*@127\.0\.0\.1:1\/newswire: .*ECONNREFUSED.*Check DATABASE_URL/,
    );
  });
});
