import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { apiDevServer } from './scripts/vite/apiDevServer.ts';
import { displayChoicesScript } from './scripts/vite/displayChoicesScript.ts';
import { firstLoadBudget } from './scripts/vite/firstLoadBudget.ts';
import { feedGroups, firstLoadGroup } from './scripts/vite/firstLoadGroup.ts';
import { inlineStyles } from './scripts/vite/inlineStyles.ts';
import { keepPreviousAssets } from './scripts/vite/keepPreviousAssets.ts';
import { postPaintEntry } from './scripts/vite/postPaintEntry.ts';
import { postgresProject } from './scripts/vite/postgresProject.ts';
import { precompress } from './scripts/vite/precompress.ts';
import { webManifest } from './scripts/vite/webManifest.ts';
import packageJson from './package.json' with { type: 'json' };

// React Router's package sends every importer its development build (invariant messages, warnings, extra
// checks); builds take its production build, the one its `production` docs describe, for the browser and
// the server's renderer alike. Tests and `npm run dev` keep the development build and its warnings.
const reactRouterProduction = { find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) };

// The version shown in the footer and checked by the update test: NEWSWIRE_VERSION, else the
// package version and the build time (every deploy is a new version to the service worker anyway).
// scripts/build.ts sets it once for both builds, so the server renders the footer the browser hydrates.
const version = process.env.NEWSWIRE_VERSION ?? `${packageJson.version}+${new Date().toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '.')}`;

// The server's build (`vite build --ssr`): the page renderer with the app's components, for Node.
const serverBuild = defineConfig({
  define: { __NEWSWIRE_VERSION__: JSON.stringify(version) },
  plugins: [react()],
  publicDir: false,
  resolve: { alias: [reactRouterProduction] },
  // Bundled, so that the alias applies (an external package is resolved by Node: its development build).
  ssr: { noExternal: ['react-router'] },
  build: { outDir: 'dist/server', emptyOutDir: true, target: 'node20', sourcemap: false },
});

export default defineConfig(({ command, isSsrBuild }) => (isSsrBuild === true ? serverBuild : {
  define: { __NEWSWIRE_VERSION__: JSON.stringify(version) },
  resolve: { alias: command === 'build' ? [reactRouterProduction] : [] },
  plugins: [
    react(),
    apiDevServer(),
    displayChoicesScript(),
    postPaintEntry(),
    keepPreviousAssets(),
    inlineStyles(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // Registered by the app itself after the page has loaded (src/sw/registerServiceWorker.ts).
      injectRegister: false,
      manifest: webManifest,
      // The glob below already lists the icons; the plugin adds the manifest itself.
      includeManifestIcons: false,
      injectManifest: {
        rollupFormat: 'iife',
        // The app shell: every chunk (lazy routes included), styles, the HTML, icons and the manifest.
        // Demo photos are not: pictures are cached when seen (cache-first, bounded).
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        globIgnores: ['images/**'],
      },
      devOptions: { enabled: false },
    }),
    precompress(),
    // After precompress: it measures the files the server sends.
    firstLoadBudget(Number(process.env.BUDGET ?? 110 * 1024)),
  ],
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The server preloads each page's lazy chunk and styles from it (src/server/render/pageAssets.ts).
    manifest: true,
    // The server names each page's chunks in modulepreload links; in the app, a page's chunk brings its
    // imports itself (their names in every dynamic import would cost the first load bytes).
    modulePreload: false,
    rolldownOptions: {
      // Building a zod schema has no side effects: schemas a chunk does not use are left out of it.
      treeshake: { manualPureFunctions: ['z'] },
      // Everything the first load needs in one chunk (see scripts/vite/firstLoadGroup.ts).
      output: {
        codeSplitting: { groups: [firstLoadGroup(), ...feedGroups()] },
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
          include: ['src/server/**/*.test.{ts,tsx}', 'src/contract/**/*.test.ts', 'scripts/**/*.test.ts', 'test/lint/**/*.test.ts', 'test/integration/**/*.test.ts'],
          // Tests of PostgreSQL itself run only in server-postgres.
          exclude: ['src/server/store/pg/**'],
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
      ...(process.env.VITEST === undefined ? [] : postgresProject(process.env)),
    ],
  },
}));
