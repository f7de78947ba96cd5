import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestSchema, testDatabaseUrl } from '../../../../test/testStore';
import { corpusBytes } from '../../../../test/fxCorpus';
import { parseCbrDaily } from '../../rates/parseCbrDaily';
import { parseEcbRates } from '../../rates/parseEcbRates';
import { seedDemo } from '../../seed/seedDemo';
import { type Backend, openBackend } from '../openBackend';
import { copyToPostgres } from './copyToPostgres';

const NOW = Date.parse('2026-12-07T06:00:00Z');
const opened: Backend[] = [];
const schemas: string[] = [];

afterAll(async () => {
  await Promise.all(opened.map((b) => b.close()));
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

async function postgres(): Promise<Backend> {
  const schema = await createTestSchema();
  schemas.push(schema);
  const backend = await openBackend({ kind: 'postgres', url: testDatabaseUrl(), searchPath: schema }, { poolSize: 3 });
  opened.push(backend);
  return backend;
}

async function everything(backend: Backend) {
  const { store } = backend;
  const feed = await store.feed(null, 500, null);
  return {
    feed,
    articles: await Promise.all(feed.items.map((a) => store.article(a.id))),
    topics: await store.topicList(),
    persons: await store.personList(),
    top: await store.topStories(20),
    mostRead: await store.mostRead('week', 50, NOW),
    galleries: await Promise.all((await store.galleries(50, null)).items.map((g) => store.gallery(g.id))),
    infographics: await Promise.all((await store.infographics(50, null)).items.map((g) => store.infographic(g.id))),
    rates: await store.rates.history('ecb', ['USD', 'JPY'], '2018-01-01', '2018-12-31'),
    cbr: await store.rates.ratesOn('cbr', (await store.rates.latestDate('cbr')) ?? ''),
    polls: await backend.polls.status('https://example.com/feed.xml'),
    meta: await store.getMeta('demo_anchor'),
  };
}

describe('db:copy (copyToPostgres)', () => {
  it('moves every row of a SQLite database into PostgreSQL, after which both stores answer alike', async () => {
    const sqlite = await openBackend({ kind: 'sqlite', path: ':memory:' });
    opened.push(sqlite);
    await seedDemo(sqlite.store, NOW);
    await sqlite.store.rates.saveDays([parseCbrDaily(corpusBytes('cbr-xml-daily-2019-03-26.cp1251.xml'), NOW)]);
    await sqlite.store.rates.saveDays(parseEcbRates(corpusBytes('ecb-eurofxref-hist-90d-sample.xml'), NOW));
    await sqlite.polls.record({ url: 'https://example.com/feed.xml', startedAt: NOW - 5000, finishedAt: NOW - 4000, result: 'failed', created: 0, updated: 0, unchanged: 0, skipped: 0, error: 'HTTP 503', nextPollAt: NOW });
    const target = await postgres();
    const counts = await copyToPostgres(sqlite.sqlite!, target.postgres!);
    expect(counts.articles).toBe(await sqlite.store.countArticles());
    expect(counts.rates).toBeGreaterThan(1000);
    expect(await everything(target)).toEqual(await everything(sqlite));
    // New rows get new ids after the copied ones.
    const id = await target.store.insertArticle({ section: 'world', title: 'After the copy', lead: 'Lead', datelinePlace: 'MOSCOW', publishedAt: NOW, pages: ['<p>Text</p>'], persons: [], topics: [], otherMedia: [], origin: 'synthetic' });
    expect(id).toBeGreaterThan(Math.max(...(await sqlite.store.feed(null, 500, null)).items.map((a) => a.id)));
    // Copying again into a database that holds data is refused, and it is left as it was.
    const before = await target.store.countArticles();
    await expect(copyToPostgres(sqlite.sqlite!, target.postgres!)).rejects.toThrow(/already holds articles/);
    expect(await target.store.countArticles()).toBe(before);
  });
});
