import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/render';

// Count the renders of the page frame around the clock and of the feed, by wrapping the real components.
const renders = vi.hoisted(() => ({ header: 0, page: 0, feed: 0 }));
vi.mock('../../app/SiteHeader', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../app/SiteHeader')>();
  return {
    SiteHeader: () => {
      renders.header += 1;
      return real.SiteHeader();
    },
  };
});
vi.mock('../../routes/FeedPage', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../routes/FeedPage')>();
  return {
    FeedPage: () => {
      renders.page += 1;
      return real.FeedPage();
    },
  };
});
vi.mock('../feed/FeedList', async (importOriginal) => {
  const real = await importOriginal<typeof import('../feed/FeedList')>();
  return {
    FeedList: (props: Parameters<typeof real.FeedList>[0]) => {
      renders.feed += 1;
      return real.FeedList(props);
    },
  };
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the header clock', () => {
  it('moves on each minute, as do the ages of stories, without re-rendering the header, the page or the feed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(Math.floor(Date.now() / 60_000) * 60_000 + 5_000); // 5 s into a minute
    renderApp('/');
    const feed = await screen.findByRole('region', { name: 'News Feed' });
    const clock = () => screen.getByRole('banner').querySelector('.city-clock .visually-hidden')?.textContent ?? '';
    const ages = () => within(feed).getAllByRole('time').map((t) => t.querySelector('.time-age')?.textContent ?? '');
    await within(feed).findAllByRole('time'); // the stories are in (the list's code arrives beside the first page)
    await act(() => vi.advanceTimersByTimeAsync(100)); // and the first check for new stories has settled
    const before = { ...renders };
    const clockBefore = clock();
    const agesBefore = ages();
    expect(clockBefore).toMatch(/^Time in Moscow: \d{2}:\d{2} UTC\+3$/);
    expect(agesBefore.some((a) => / min ago$/.test(a))).toBe(true);

    await act(() => vi.advanceTimersByTimeAsync(60_000));

    expect(clock()).not.toBe(clockBefore);
    expect(clock()).toMatch(/^Time in Moscow: \d{2}:\d{2} UTC\+3$/);
    expect(ages()).not.toEqual(agesBefore);
    expect(renders).toEqual(before);
    expect(before.header).toBeGreaterThan(0);
    expect(before.feed).toBeGreaterThan(0);
  });
});
