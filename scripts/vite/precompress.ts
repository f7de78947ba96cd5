import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { compressed } from './compressed.ts';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml)$/;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Writes .br and .gz beside every compressible built file, so the server sends them without compressing per request. */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'newswire-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // After every other closeBundle step (the service worker and its precache list are written there).
    closeBundle: {
      order: 'post',
      async handler() {
        const work = [...files(outDir)].filter((path) => COMPRESSIBLE.test(path));
        await Promise.all(
          work.map(async (path) => {
            const data = readFileSync(path);
            if (data.length < 512) return;
            const { gzip, br } = await compressed(data);
            writeFileSync(`${path}.br`, br);
            writeFileSync(`${path}.gz`, gzip);
          }),
        );
      },
    },
  };
}
