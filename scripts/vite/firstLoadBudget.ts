import { gzipSync } from 'node:zlib';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** The budget of JavaScript (gzip) that the first load of `/` may need: the entry and its static imports. */
export const FIRST_LOAD_BUDGET_BYTES = 110 * 1024;

/** The entry chunk of index.html and every chunk it imports statically (what the first load downloads). */
export function firstLoadChunks(bundle: OutputBundle): OutputChunk[] {
  const chunks = new Map<string, OutputChunk>();
  for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item);
  const entry = [...chunks.values()].find((c) => c.isEntry);
  if (entry === undefined) return [];
  const seen = new Map<string, OutputChunk>();
  const visit = (chunk: OutputChunk): void => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const next = chunks.get(name);
      if (next !== undefined) visit(next);
    }
  };
  visit(entry);
  return [...seen.values()];
}

// BUNDLE_REPORT=1: what the first load is made of, by package (minified bytes before gzip).
function moduleReport(chunks: OutputChunk[]): string {
  const byPackage = new Map<string, number>();
  for (const chunk of chunks) {
    for (const [id, info] of Object.entries(chunk.modules)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? `app ${id.replace(/^.*\/src\//, 'src/')}`;
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + info.renderedLength);
    }
  }
  return [...byPackage.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([name, bytes]) => `    ${(bytes / 1024).toFixed(1).padStart(7)} KiB  ${name}`)
    .join('\n');
}

/** Prints the first-load JavaScript size (gzip) after each build and fails the build above the budget. */
export function firstLoadBudget(budget = FIRST_LOAD_BUDGET_BYTES): Plugin {
  return {
    name: 'newswire-first-load-budget',
    apply: 'build',
    // writeBundle, not generateBundle: later plugins still rewrite chunks (preload lists) until then.
    writeBundle(_options, bundle) {
      const chunks = firstLoadChunks(bundle);
      const sizes = chunks.map((c) => ({ file: c.fileName, gzip: gzipSync(c.code, { level: 9 }).length }));
      const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
      const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
      const lines = sizes.map((s) => `    ${s.file}  ${kib(s.gzip)}`).join('\n');
      this.info(`first load of / needs ${kib(total)} of JavaScript (gzip), budget ${kib(budget)}:\n${lines}`);
      console.log(`\nFirst-load JavaScript for /: ${kib(total)} gzip (budget ${kib(budget)})\n${lines}\n`);
      if (process.env.BUNDLE_REPORT === '1') console.log(moduleReport(chunks));
      if (total > budget) this.error(`First-load JavaScript ${kib(total)} gzip is over the budget of ${kib(budget)}.`);
    },
  };
}
