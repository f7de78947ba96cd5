import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { apiDevServer } from './scripts/vite/apiDevServer.ts';
import { firstLoadBudget } from './scripts/vite/firstLoadBudget.ts';
import { precompress } from './scripts/vite/precompress.ts';

export default defineConfig({
  plugins: [react(), apiDevServer(), firstLoadBudget(Number(process.env.BUDGET ?? 110 * 1024)), precompress()],
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Every browser that runs this app supports <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Building a zod schema has no side effects: schemas a chunk does not use are left out of it.
      treeshake: { manualPureFunctions: ['z'] },
      // The framework and the shared layers go into the entry as one file: split into several small
      // shared chunks they compress worse (gzip starts over in each).
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'index',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/]query-core|@tanstack[\\/]react-query|zod)[\\/]|src[\\/](contract[\\/](schemas|sections)|api[\\/](client|queries|withParams))\.ts/,
            },
          ],
        },
      },
    },
  },
  server: { port: Number(process.env.PORT ?? 3000), strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['src/server/**/*.test.ts', 'src/contract/**/*.test.ts', 'scripts/**/*.test.ts', 'test/lint/**/*.test.ts', 'test/integration/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/server/**', 'src/contract/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
    ],
  },
});
