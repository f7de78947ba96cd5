import { readFileSync } from 'node:fs';
import { minify, transformWithOxc, type Plugin, type Rollup } from 'vite';

const LOADER = new URL('../../src/boot.ts', import.meta.url);

/** The built loader's file name (assets/boot-<hash>.js) in a bundle, if any. */
export function loaderFileName(bundle: Rollup.OutputBundle): string | undefined {
  return Object.values(bundle).find((item) => item.type === 'asset' && /^assets\/boot-[\w-]+\.js$/.test(item.fileName))?.fileName;
}

/**
 * index.html runs a small loader (src/boot.ts) instead of the app's entry chunk: the loader starts the
 * app at once, or after the server's first paint of the page is on screen (see the loader).
 */
export function deferredStart(): Plugin {
  return {
    name: 'newswire-deferred-start',
    apply: 'build',
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const html = bundle['index.html'];
        const entry = Object.values(bundle).find((item) => item.type === 'chunk' && item.isEntry);
        if (html?.type !== 'asset' || entry === undefined) this.error('deferredStart: no index.html or entry chunk in the bundle');
        const source = readFileSync(LOADER, 'utf8');
        const { code } = await transformWithOxc(source, LOADER.pathname, { lang: 'ts', define: { __NEWSWIRE_APP__: JSON.stringify(`./${entry.fileName.replace(/^assets\//, '')}`) } });
        const minified = await minify('boot.js', code, { compress: true, mangle: true, module: true });
        const ref = this.emitFile({ type: 'asset', name: 'boot.js', source: minified.code });
        const loader = this.getFileName(ref);
        const page = typeof html.source === 'string' ? html.source : new TextDecoder().decode(html.source);
        const tag = `<script type="module" crossorigin src="/${entry.fileName}"></script>`;
        if (!page.includes(tag)) this.error(`deferredStart: index.html has no ${tag}`);
        html.source = page.replace(tag, `<script type="module" crossorigin src="/${loader}"></script>`);
      },
    },
  };
}
