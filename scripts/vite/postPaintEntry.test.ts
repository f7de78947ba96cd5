import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { moveEntryAfterPaint } from './postPaintEntry';

const BUILT = '<!doctype html><html><head><title>T</title>\n    <script type="module" crossorigin src="/assets/index-abc.js"></script>\n  </head><body><div id="root"></div></body></html>';

describe('postPaintEntry', () => {
  it('takes the entry script out of <head> and loads it from the end of <body>, after parsing and the first paint', () => {
    const html = moveEntryAfterPaint(BUILT);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toContain('<script');
    const loader = /<script>([\s\S]*?)<\/script>\s*<\/body>/.exec(html)?.[1] ?? '';
    expect(loader).toContain('"/assets/index-abc.js"');
    expect(loader).toContain('DOMContentLoaded');
    expect(loader).toContain('first-contentful-paint');
  });

  // Runs the loader in a context of its own: `paint` says whether paint timing is known (then the
  // observer's callback is returned to report the paint), `chunks` the page's JSON block.
  function runLoader(paint: boolean, chunks: string | null) {
    const loader = /<script>([\s\S]*?)<\/script>/.exec(moveEntryAfterPaint(BUILT))?.[1] ?? '';
    // import(), not a <script> whose src is set (Trusted Types would ask a policy for that URL); the
    // test context cannot import, so the call is renamed to a function that records it.
    expect(loader).toContain('import("/assets/index-abc.js")');
    expect(loader).not.toMatch(/createElement\("script"\)|\.src=/);
    const log: string[] = [];
    const listeners: Record<string, () => void> = {};
    const timers: (() => void)[] = [];
    const frames: (() => void)[] = [];
    const observers: ((list: { getEntriesByName: (name: string) => unknown[] }) => void)[] = [];
    const document = {
      readyState: 'loading',
      addEventListener: (name: string, fn: () => void) => (listeners[name] = fn),
      getElementById: (id: string) => (id === 'newswire-preload' && chunks !== null ? { textContent: chunks } : null),
      createElement: () => ({ rel: '', href: '' }),
      head: { appendChild: (link: { rel: string; href: string }) => log.push(`${link.rel} ${link.href}`) },
    };
    class PerformanceObserver {
      constructor(callback: (typeof observers)[number]) {
        observers.push(callback);
      }
      observe(options: { type: string; buffered: boolean }) {
        expect(options).toEqual({ type: 'paint', buffered: true });
      }
    }
    runInNewContext(loader.replace(/\bimport\(/g, 'record('), {
      document,
      record: (src: string) => log.push(`import ${src}`),
      requestAnimationFrame: (fn: () => void) => frames.push(fn),
      setTimeout: (fn: () => void, ms = 0) => timers.push(ms === 0 ? fn : () => log.push(`timer ${String(ms)}`)),
      ...(paint ? { PerformanceObserver } : {}),
    });
    return { log, listeners, timers, frames, observers };
  }

  it('imports the entry once, after DOMContentLoaded and the first contentful paint, preloading the page\'s chunks just before', () => {
    const { log, listeners, observers, frames } = runLoader(true, '["/assets/ArticlePage-1.js","/assets/shared-1.js"]');
    expect(log).toEqual([]);
    listeners.DOMContentLoaded?.();
    expect(log).toEqual([]);
    expect(frames).toHaveLength(0);
    observers[0]?.({ getEntriesByName: () => [] }); // the first paint, not yet a contentful one
    expect(log).toEqual([]);
    observers[0]?.({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) });
    observers[0]?.({ getEntriesByName: () => [{}] });
    expect(log).toEqual(['modulepreload /assets/ArticlePage-1.js', 'modulepreload /assets/shared-1.js', 'import /assets/index-abc.js']);
  });

  it('imports it after a frame where paint timing is unknown, and with a damaged or missing chunk list', () => {
    for (const chunks of [null, '{not json']) {
      const { log, listeners, frames, timers } = runLoader(false, chunks);
      listeners.DOMContentLoaded?.();
      expect(log).toEqual([]);
      for (const f of frames) f();
      for (const t of timers.splice(0)) t();
      expect(log.filter((line) => line.startsWith('import'))).toEqual(['import /assets/index-abc.js']);
    }
  });

  it('fails the build when the entry is not where it expects it', () => {
    expect(() => moveEntryAfterPaint('<html><head></head><body></body></html>')).toThrow(/no <script type="module"/);
  });
});
