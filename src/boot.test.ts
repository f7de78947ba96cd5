import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot } from './boot';

// The loader starts the app at once, or, when the server drew the page, after that paint and its
// lead picture are on screen (never more than 1.5 s after for the picture).

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the loader', () => {
  it('starts the app at once when the page has no first paint from the server', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    const start = vi.fn(() => Promise.resolve());
    await boot(document, start);
    expect(start).toHaveBeenCalledOnce();
  });

  it('waits for the first paint’s lead picture before it starts the app', async () => {
    document.body.innerHTML = '<div id="root" inert><main><img fetchpriority="high" src="/lead.webp" alt=""></main></div>';
    const img = document.querySelector('img');
    if (img === null) throw new Error('no picture');
    Object.defineProperty(img, 'complete', { value: false });
    const start = vi.fn(() => Promise.resolve());
    const done = boot(document, start);
    await flush();
    expect(start).not.toHaveBeenCalled();
    img.dispatchEvent(new Event('load'));
    await done;
    expect(start).toHaveBeenCalledOnce();
  });

  it('starts the app without the picture when it fails or takes longer than 1.5 s', async () => {
    document.body.innerHTML = '<div id="root" inert><main><img fetchpriority="high" src="/lead.webp" alt=""></main></div>';
    const img = document.querySelector('img');
    if (img === null) throw new Error('no picture');
    Object.defineProperty(img, 'complete', { value: false });
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const start = vi.fn(() => Promise.resolve());
    const done = boot(document, start);
    vi.advanceTimersByTime(1400);
    await Promise.resolve();
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    vi.useRealTimers();
    await done;
    expect(start).toHaveBeenCalledOnce();
  });

  it('brings the first paint to life with a message when the app cannot be downloaded', async () => {
    document.body.innerHTML = '<div id="root" inert><main><h1>News Feed</h1><a href="/world/1">A story</a></main></div>';
    await boot(document, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    expect(document.getElementById('root')?.hasAttribute('inert')).toBe(false);
    expect(document.querySelector('main [role="alert"]')?.textContent).toMatch(/did not finish loading.*reload the page/);
  });

  it('says so on an empty page too', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    await boot(document, () => Promise.reject(new Error('offline')));
    expect(document.querySelector('body > [role="alert"]')?.textContent).toMatch(/did not finish loading/);
  });
});
