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
});
