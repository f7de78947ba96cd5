import type { Plugin } from 'vite';

/**
 * Puts the entry's stylesheet into index.html as a <style> element: the first paint then needs no
 * second request (one round trip less before anything shows, about 0.3–0.6 s on a slow mobile line).
 * The server allows exactly this style by its hash in the Content-Security-Policy (src/server/http/securityHeaders.ts).
 */
export function inlineStyles(): Plugin {
  return {
    name: 'newswire-inline-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (bundle === undefined) return html;
        return html.replace(/<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g, (tag, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset') throw new Error(`inlineStyles: ${fileName} is not in the bundle`);
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          if (/<\/style/i.test(css)) throw new Error(`inlineStyles: ${fileName} contains "</style"`);
          return `<style>${css}</style>`;
        });
      },
    },
  };
}
