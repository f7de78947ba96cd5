import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The app replaces the server's first paint once every part of the page has drawn its content.
type PageReady = typeof import('./pageReady');
let mod: PageReady;

beforeEach(async () => {
  vi.resetModules();
  mod = await import('./pageReady');
});

const settle = () => act(() => Promise.resolve());

describe('page ready', () => {
  it('waits for every part that is still loading, then fires once', async () => {
    const fired = vi.fn();
    mod.whenPageReady(fired);
    let setFeed: (drawn: boolean) => void = () => {};
    let setTop: (drawn: boolean) => void = () => {};
    function Part({ name }: { name: 'feed' | 'top' }) {
      const [drawn, setDrawn] = useState(false);
      if (name === 'feed') setFeed = setDrawn;
      else setTop = setDrawn;
      mod.usePageReady(drawn);
      return null;
    }
    render(
      <>
        <Part name="feed" />
        <Part name="top" />
      </>,
    );
    await settle();
    expect(fired).not.toHaveBeenCalled();
    act(() => setFeed(true));
    await settle();
    expect(fired).not.toHaveBeenCalled();
    act(() => setTop(true));
    await settle();
    expect(fired).toHaveBeenCalledOnce();
    act(() => setTop(false)); // a later refetch changes nothing
    await settle();
    expect(fired).toHaveBeenCalledOnce();
  });

  it('fires for a page drawn at once, and for one that failed', async () => {
    const fired = vi.fn();
    mod.whenPageReady(fired);
    function Drawn() {
      mod.usePageReady();
      return null;
    }
    render(<Drawn />);
    await settle();
    expect(fired).toHaveBeenCalledOnce();

    vi.resetModules();
    mod = await import('./pageReady');
    const failed = vi.fn();
    mod.whenPageReady(failed);
    mod.markPageReady(); // what the page's error boundary does
    expect(failed).toHaveBeenCalledOnce();
  });
});
