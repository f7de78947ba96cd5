import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_BUILDS, KEEP_DAYS, keepPreviousAssets } from './keepPreviousAssets';

const DAY = 24 * 60 * 60 * 1000;

type Hook = (this: unknown, arg?: unknown) => void;
function hook(value: unknown): Hook {
  return (typeof value === 'function' ? value : (value as { handler: Hook }).handler) as Hook;
}

// Simulates deploys: each "build" writes its own hashed files into dist/client/assets; before the
// next one empties it, the plugin must have put them aside.
function deploys() {
  const root = mkdtempSync(join(tmpdir(), 'newswire-keep-'));
  const outDir = join(root, 'dist', 'client');
  let now = Date.now() - 30 * DAY;
  const plugin = keepPreviousAssets(() => now);
  hook(plugin.configResolved)({ root, build: { outDir: 'dist/client' } });
  const build = (id: number, at: number) => {
    now = at;
    hook(plugin.buildStart).call({});
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(join(outDir, 'assets'), { recursive: true });
    writeFileSync(join(outDir, 'index.html'), `<script src="/assets/index-${String(id)}.js"></script>`);
    writeFileSync(join(outDir, 'assets', `index-${String(id)}.js`), `build ${String(id)}`);
    writeFileSync(join(outDir, 'assets', `index-${String(id)}.js.br`), 'br');
    writeFileSync(join(outDir, 'assets', 'shared-same.js'), 'unchanged between builds');
    utimesSync(join(outDir, 'index.html'), at / 1000, at / 1000);
  };
  const kept = () => (existsSync(join(root, 'dist', 'previous-assets', 'assets')) ? readdirSync(join(root, 'dist', 'previous-assets', 'assets')).sort() : []);
  return { root, build, kept, ledger: () => JSON.parse(readFileSync(join(root, 'dist', 'previous-assets', 'builds.json'), 'utf8')) as { builds: unknown[] } };
}

describe('keeping earlier builds’ assets', () => {
  it('does nothing on the first build, then keeps each replaced build’s files (precompressed ones too)', () => {
    const d = deploys();
    const start = Date.now() - 30 * DAY;
    d.build(1, start);
    expect(d.kept()).toEqual([]);
    d.build(2, start + DAY);
    expect(d.kept()).toEqual(['index-1.js', 'index-1.js.br', 'shared-same.js']);
    d.build(3, start + 2 * DAY);
    expect(d.kept()).toEqual(['index-1.js', 'index-1.js.br', 'index-2.js', 'index-2.js.br', 'shared-same.js']);
    rmSync(d.root, { recursive: true, force: true });
  });

  it(`forgets builds beyond the last ${String(KEEP_BUILDS)} once they are older than ${String(KEEP_DAYS)} days`, () => {
    const d = deploys();
    const start = Date.now() - 60 * DAY;
    for (let i = 1; i <= KEEP_BUILDS + 3; i++) d.build(i, start + i * 2 * DAY); // two days apart: the first ones end up weeks older than the last
    const kept = d.kept();
    // The last KEEP_BUILDS replaced builds are kept; the first ones (weeks old) are gone.
    for (let i = 3; i <= KEEP_BUILDS + 2; i++) expect(kept).toContain(`index-${String(i)}.js`);
    expect(kept).not.toContain('index-1.js');
    expect(kept).not.toContain('index-2.js');
    expect(kept).toContain('shared-same.js');
    expect(d.ledger().builds).toHaveLength(KEEP_BUILDS);
    rmSync(d.root, { recursive: true, force: true });
  });

  it('keeps every build of the last days, however many deploys there were', () => {
    const d = deploys();
    const now = Date.now();
    for (let i = 1; i <= KEEP_BUILDS + 4; i++) d.build(i, now - (KEEP_BUILDS + 4 - i) * 60_000);
    for (let i = 1; i <= KEEP_BUILDS + 3; i++) expect(d.kept()).toContain(`index-${String(i)}.js`);
    rmSync(d.root, { recursive: true, force: true });
  });

  it('survives a corrupted ledger by starting a new one', () => {
    const d = deploys();
    const start = Date.now() - 10 * DAY;
    d.build(1, start);
    d.build(2, start + DAY);
    writeFileSync(join(d.root, 'dist', 'previous-assets', 'builds.json'), '{not json');
    d.build(3, start + 2 * DAY);
    expect(d.kept()).toContain('index-2.js');
    expect(d.ledger().builds).toHaveLength(1);
    rmSync(d.root, { recursive: true, force: true });
  });
});
