import { defineConfig } from 'vitest/config';

// Browser tests: the built app and the real server, driven in Chromium by playwright-core.
export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // One more try for a browser test that fails on a starved 2-core CI machine; a real fault fails twice.
    retry: 1,
    // A browser on a busy 2-core machine: give polled expectations time, they pass as soon as they hold.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
