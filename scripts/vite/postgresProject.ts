import type { TestProjectInlineConfiguration } from 'vitest/config';

// The server tests that run on both stores: once on SQLite (project `server`), once more on
// PostgreSQL (project `server-postgres`) when TEST_DATABASE_URL names a database to make schemas in.
const BOTH_STORES = [
  'src/server/api.test.ts',
  'src/server/api.discovery.test.ts',
  'src/server/api.naughty.test.ts',
  'src/server/api.limits.test.ts',
  'src/server/app.test.ts',
  'src/server/rates/createRatesApi.test.ts',
  'src/server/rates/createRatesStore.test.ts',
  'src/server/ingest/ingestApi.test.ts',
  'src/server/ingest/ingestDocument.test.ts',
  'src/server/ingest/feedCorpus.test.ts',
  'src/server/store/createPollStore.test.ts',
  'src/server/ingest/decodeFeedBytes.detection.test.ts',
  'src/server/ingest/fetchFeed.test.ts',
  'src/server/images/localizePictures.test.ts',
  'src/server/lifecycle/gracefulStop.test.ts',
  'src/server/ingest/createIngestPool.test.ts',
  'src/server/ingest/startFeedPolling.test.ts',
  'src/server/ingest/fetchFullText.test.ts',
  'src/server/rates/updateRates.test.ts',
  'src/server/render/renderPage.hydration.test.tsx',
  'src/server/app.offline.test.ts',
  'src/server/http/createNodeServer.test.ts',
  'src/server/store/pg/*.test.ts',
];

/**
 * The `server-postgres` project, or none (with a line saying how to run it) when TEST_DATABASE_URL is
 * unset. With CI=true a missing database is an error: CI must run them.
 */
export function postgresProject(env: NodeJS.ProcessEnv): TestProjectInlineConfiguration[] {
  const url = env.TEST_DATABASE_URL ?? '';
  if (url === '') {
    const message =
      'PostgreSQL tests skipped: TEST_DATABASE_URL is not set. To run them, start PostgreSQL and set TEST_DATABASE_URL=postgres://user@127.0.0.1:5432/database (see README, "Several machines: PostgreSQL").';
    if (env.CI === 'true') throw new Error(`CI=true: ${message}`);
    console.warn(message);
    return [];
  }
  return [
    {
      extends: true,
      test: {
        name: 'server-postgres',
        environment: 'node',
        include: BOTH_STORES,
        env: { NEWSWIRE_TEST_STORE: 'postgres', TEST_DATABASE_URL: url },
      },
    },
  ];
}
