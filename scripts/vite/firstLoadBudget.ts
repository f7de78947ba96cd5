import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** The budget of JavaScript (gzip) that the first load of `/` may download. */
export const FIRST_LOAD_BUDGET_BYTES = 110 * 1024;

/** Where the build writes what each page's first load downloads (the browser test compares Chromium's count with it). */
export const FIRST_LOAD_REPORT = '.vite/first-load.json';

/** Where the build writes which chunk holds each page module (src/routes/*.tsx), for the server's preloads. */
export const PAGE_CHUNKS = '.vite/page-chunks.json';

/** The page modules whose first load is measured, with the address the report names them by. */
const PAGES: Record<string, string> = {
  'src/routes/FeedPage.tsx': '/',
  'src/routes/SectionPage.tsx': '/{section}',
  'src/routes/ArticlePage.tsx': '/{section}/{id}',
  'src/routes/SearchPage.tsx': '/search',
  'src/routes/TopicPage.tsx': '/topics/{slug}',
  'src/routes/GalleryPage.tsx': '/galleries/{id}',
  'src/routes/ConverterPage.tsx': '/converter',
};

// A chunk and every chunk it imports statically.
function closure(start: OutputChunk, chunks: Map<string, OutputChunk>, into = new Set<string>()): Set<string> {
  if (into.has(start.fileName)) return into;
  into.add(start.fileName);
  for (const name of start.imports) {
    const next = chunks.get(name);
    if (next !== undefined) closure(next, chunks, into);
  }
  return into;
}

/**
 * The script files a page's first load downloads, by page: the entry and its static imports, and the
 * page's own chunk and its static imports (the server names those in modulepreload links). Nothing else
 * loads before an interaction: keyboard reading, dialogs and offline support come later, on demand.
 */
export function firstLoadFiles(bundle: OutputBundle, root: string): Record<string, string[]> {
  const chunks = new Map<string, OutputChunk>();
  for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item);
  const entry = [...chunks.values()].find((c) => c.isEntry);
  if (entry === undefined) return {};
  const pages: Record<string, string[]> = {};
  for (const [module, page] of Object.entries(PAGES)) {
    const chunk = [...chunks.values()].find((c) => c.moduleIds.includes(join(root, module)));
    if (chunk !== undefined) pages[page] = [...closure(chunk, chunks, closure(entry, chunks))];
  }
  return pages;
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/**
 * After the build has written its compressed files (scripts/vite/precompress.ts runs first), prints what
 * each page's first load downloads, in the bytes the server sends (gzip and brotli), writes it to
 * FIRST_LOAD_REPORT, and fails the build when `/` needs more gzip than the budget.
 */
export function firstLoadBudget(budget = FIRST_LOAD_BUDGET_BYTES): Plugin {
  let outDir = 'dist';
  let root = '';
  let pages: Record<string, string[]> = {};
  return {
    name: 'newswire-first-load-budget',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      root = config.root;
    },
    // writeBundle, not generateBundle: later plugins still rewrite chunks (preload lists) until then.
    writeBundle(_options, bundle) {
      pages = firstLoadFiles(bundle, root);
      // A page module grouped into a shared chunk (the feed's) has no entry of its own in Vite's manifest.
      const chunks: Record<string, string> = {};
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        for (const id of item.moduleIds) {
          const module = id.startsWith(`${root}/`) ? id.slice(root.length + 1) : id;
          if (/^src\/routes\/\w+\.tsx$/.test(module)) chunks[module] = item.fileName;
        }
      }
      mkdirSync(join(outDir, '.vite'), { recursive: true });
      writeFileSync(join(outDir, PAGE_CHUNKS), `${JSON.stringify(chunks, null, 2)}\n`);
    },
    closeBundle: {
      order: 'post',
      handler() {
        const size = (file: string, ext: 'gz' | 'br') => {
          const path = join(outDir, `${file}.${ext}`);
          return existsSync(path) ? statSync(path).size : readFileSync(join(outDir, file)).length;
        };
        const report = Object.fromEntries(
          Object.entries(pages).map(([page, files]) => [page, { files, gzip: files.reduce((s, f) => s + size(f, 'gz'), 0), brotli: files.reduce((s, f) => s + size(f, 'br'), 0) }]),
        );
        mkdirSync(join(outDir, '.vite'), { recursive: true });
        writeFileSync(join(outDir, FIRST_LOAD_REPORT), `${JSON.stringify(report, null, 2)}\n`);
        const lines = Object.entries(report).map(([page, r]) => `    ${page.padEnd(18)} ${kib(r.gzip).padStart(10)} gzip ${kib(r.brotli).padStart(10)} brotli  (${String(r.files.length)} files)`);
        const home = report['/'];
        console.log(`\nFirst-load JavaScript by page (what the browser downloads; budget for /: ${kib(budget)} gzip)\n${lines.join('\n')}\n`);
        if (home === undefined) throw new Error('firstLoadBudget: no chunk for src/routes/FeedPage.tsx');
        if (home.gzip > budget) throw new Error(`First-load JavaScript of / is ${kib(home.gzip)} gzip, over the budget of ${kib(budget)}.`);
      },
    },
  };
}
