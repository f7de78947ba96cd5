import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as z from 'zod/mini';
import type { Plugin } from 'vite';
import { previousAssetsDir } from '../../src/server/previousAssets.ts';

/** Earlier builds whose files are kept: enough for tabs left open across a few deploys. */
export const KEEP_BUILDS = 5;
/** …and every build younger than this, however many deploys there were. */
export const KEEP_DAYS = 7;

const Ledger = z.object({ builds: z.array(z.object({ builtAt: z.number(), files: z.array(z.string()) })) });
type Ledger = z.infer<typeof Ledger>;

function readLedger(path: string): Ledger {
  try {
    const parsed = Ledger.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : { builds: [] };
  } catch {
    return { builds: [] };
  }
}

/**
 * Moves the hashed files of the build about to be replaced aside (to previous-assets/, which the
 * server also serves under /assets/), and forgets builds older than the last KEEP_BUILDS and
 * KEEP_DAYS. The output directory itself is still emptied, so the service worker precaches
 * exactly the new build.
 */
export function keepPreviousAssets(now = Date.now): Plugin {
  let outDir = '';
  return {
    name: 'newswire-keep-previous-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      const assets = join(outDir, 'assets');
      const index = join(outDir, 'index.html');
      if (!existsSync(assets) || !existsSync(index)) return;
      const keep = previousAssetsDir(outDir);
      mkdirSync(join(keep, 'assets'), { recursive: true });
      const files = readdirSync(assets).filter((name) => statSync(join(assets, name)).isFile());
      for (const name of files) copyFileSync(join(assets, name), join(keep, 'assets', name));

      const ledgerPath = join(keep, 'builds.json');
      const ledger = readLedger(ledgerPath);
      ledger.builds.push({ builtAt: statSync(index).mtimeMs, files });
      ledger.builds.sort((a, b) => b.builtAt - a.builtAt);
      const cutoff = now() - KEEP_DAYS * 24 * 60 * 60 * 1000;
      const kept = ledger.builds.filter((build, i) => i < KEEP_BUILDS || build.builtAt >= cutoff);
      const needed = new Set(kept.flatMap((build) => build.files));
      for (const name of readdirSync(join(keep, 'assets'))) if (!needed.has(name)) rmSync(join(keep, 'assets', name), { force: true });
      writeFileSync(ledgerPath, JSON.stringify({ builds: kept }, null, 1));
    },
  };
}
