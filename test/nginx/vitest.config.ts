import { defineConfig } from 'vitest/config';

// Several workers and nginx in front of them: the built app and real processes on loopback
// (scripts/runNginxTests.ts builds first and checks that nginx is installed).
export default defineConfig({
  test: {
    name: 'nginx',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/nginx/**/*.test.ts'],
    environment: 'node',
    testTimeout: 240_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
