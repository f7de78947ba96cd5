import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { htmlCsp } from '../http/securityHeaders';
import { pageAssets } from './pageAssets';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function build(files: Record<string, string>, manifest: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'newswire-assets-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.vite'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('a page\'s assets', () => {
  const manifest = {
    'index.html': { file: 'assets/index-1.js', isEntry: true, css: ['assets/index-1.css'] },
    'src/routes/ArticlePage.tsx': { file: 'assets/ArticlePage-1.js', imports: ['_shared.js'], css: ['assets/ArticlePage-1.css'] },
    '_shared.js': { file: 'assets/shared-1.js', css: ['assets/shared-1.css'] },
  };
  const files = { 'assets/index-1.css': 'body{margin:0}', 'assets/ArticlePage-1.css': '.article{color:red}', 'assets/shared-1.css': '.tag{border-radius:9px}' };

  it('inline the stylesheets of the page\'s chunks (no round trip before the first paint), each marked as in for the module loader, and preload the chunks', () => {
    const assets = pageAssets(build(files, manifest));
    expect(assets.tags(['src/routes/ArticlePage.tsx'])).toEqual([
      '<style>.article{color:red}</style><link rel="stylesheet" href="/assets/ArticlePage-1.css" disabled />',
      '<style>.tag{border-radius:9px}</style><link rel="stylesheet" href="/assets/shared-1.css" disabled />',
      '<link rel="modulepreload" href="/assets/ArticlePage-1.js" />',
      '<link rel="modulepreload" href="/assets/shared-1.js" />',
    ]);
    // The CSP allows exactly the page chunks' styles (the entry's are in index.html, hashed from there).
    expect(assets.styleHashes).toEqual([sha('.article{color:red}'), sha('.tag{border-radius:9px}')]);
    expect(htmlCsp([...assets.styleHashes])).toContain(`style-src 'self' ${sha('.article{color:red}')} ${sha('.tag{border-radius:9px}')};`);
    expect(assets.tags(['src/routes/Unknown.tsx'])).toEqual([]);
  });

  it('refuses a stylesheet that would end its <style> element, and has nothing to add without a build', () => {
    expect(() => pageAssets(build({ ...files, 'assets/shared-1.css': '.a{content:"</style><script>"}' }, manifest))).toThrow(/shared-1\.css contains "<\/style"/);
    const none = pageAssets(undefined);
    expect(none.tags(['src/routes/ArticlePage.tsx'])).toEqual([]);
    expect(none.styleHashes).toEqual([]);
  });
});
