import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { moveEntryAfterPaint } from './postPaintEntry';

const BUILT = '<!doctype html><html><head><title>T</title>\n    <script type="module" crossorigin src="/assets/index-abc.js"></script>\n  </head><body><div id="root"></div></body></html>';

describe('postPaintEntry', () => {
  it('takes the entry script out of <head> and loads it from the end of <body>, after parsing and a frame', () => {
    const html = moveEntryAfterPaint(BUILT);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toContain('<script');
    const loader = /<script>([\s\S]*?)<\/script>\s*<\/body>/.exec(html)?.[1] ?? '';
    expect(loader).toContain('"/assets/index-abc.js"');
    expect(loader).toContain('DOMContentLoaded');
    expect(loader).toContain('requestAnimationFrame');
  });

  it('runs the loader: the entry is imported, once, after DOMContentLoaded and a frame', () => {
    const html = moveEntryAfterPaint(BUILT);
    const loader = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    // import(), not a <script> whose src is set (Trusted Types would ask a policy for that URL); the
    // test context cannot import, so the call is renamed to a function that records it.
    expect(loader).toContain('import("/assets/index-abc.js")');
    expect(loader).not.toMatch(/createElement|\.src=/);
    const added: string[] = [];
    const listeners: Record<string, () => void> = {};
    const timers: (() => void)[] = [];
    const frames: (() => void)[] = [];
    const document = {
      readyState: 'loading',
      addEventListener: (name: string, fn: () => void) => (listeners[name] = fn),
    };
    runInNewContext(loader.replace(/\bimport\(/g, 'record('), { document, record: (src: string) => added.push(src), requestAnimationFrame: (fn: () => void) => frames.push(fn), setTimeout: (fn: () => void) => timers.push(fn) });
    expect(added).toHaveLength(0);
    listeners.DOMContentLoaded?.();
    expect(added).toHaveLength(0);
    for (const f of frames) f();
    for (const t of timers.splice(0)) t();
    for (const t of timers.splice(0)) t();
    expect(added).toEqual(['/assets/index-abc.js']);
  });

  it('fails the build when the entry is not where it expects it', () => {
    expect(() => moveEntryAfterPaint('<html><head></head><body></body></html>')).toThrow(/no <script type="module"/);
  });
});
