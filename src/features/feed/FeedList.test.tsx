import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { focusManager } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { apiServer, apiStore, createEmptyApi } from '../../../test/setup';

function viewportHeight(px: number) {
  Object.defineProperty(window, 'innerHeight', { value: px, configurable: true });
}

function storyLinks(feed: HTMLElement): string[] {
  return within(feed)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('h3 a')?.getAttribute('href'))
    .filter((href): href is string => href != null);
}

describe('News Feed', () => {
  it('shows the newest stories grouped by day, with time, section and headline links', async () => {
    renderApp('/');
    const feed = await screen.findByRole('region', { name: 'News Feed' });
    expect(await within(feed).findByRole('heading', { level: 2, name: 'Today' })).toBeInTheDocument();
    const links = storyLinks(feed);
    expect(links).toHaveLength(20);
    for (const href of links) expect(href).toMatch(/^\/[a-z]+\/\d+$/);
    const first = within(feed).getAllByRole('article')[0]!;
    expect(within(first).getByRole('time')).toHaveAttribute('datetime');
    expect(within(first).getAllByRole('link')[0]).toHaveAttribute('href', expect.stringMatching(/^\/[a-z]+$/));
  });

  it('loads More news in place without duplicates until a clear end, keeping focus on it', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    const feed = await screen.findByRole('region', { name: 'News Feed' });
    // A real link to the next page (it works before the script and without it); the app loads it in place.
    const more = within(feed).getByRole('link', { name: 'More news' });
    expect(more.getAttribute('href')).toMatch(/^\?cursor=[\w-]+$/);
    await user.click(more);
    await waitFor(() => expect(storyLinks(feed)).toHaveLength(40));
    expect(more).toHaveFocus();
    await user.click(more);
    await within(feed).findByText('You have reached the end of the feed.');
    expect(router.location.search).toBe('');
    const links = storyLinks(feed);
    expect(new Set(links).size).toBe(links.length);
    expect(links).toHaveLength(await apiStore.countArticles());
  });

  it('shows only the section on a section page, without repeating the section on each story', async () => {
    renderApp('/sports');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sport' })).toBeInTheDocument();
    const feed = await screen.findByRole('region', { name: 'News Feed' });
    const links = storyLinks(feed);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((u) => u.startsWith('/sports/'))).toBe(true);
    expect(within(feed).queryByRole('link', { name: 'Sport' })).toBeNull();
  });

  it('says so when a section has no stories', async () => {
    const empty = createEmptyApi();
    apiServer.use(http.get('*/api/feed', ({ request }) => empty.fetch(request)));
    renderApp('/pressreview');
    expect(await screen.findByText('There are no stories in Press Review yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'More news' })).toBeNull();
  });

  it('explains a failure and recovers with Retry', async () => {
    const user = userEvent.setup();
    let failing = true;
    apiServer.use(
      http.get('*/api/feed', () => (failing ? HttpResponse.json({ error: { code: 'internal', message: 'The server had a problem.' } }, { status: 500 }) : undefined)),
    );
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server had a problem.');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'News Feed' })).toBeInTheDocument();
  });

  it('shows "N new stories" when stories arrive and inserts them at the top on request', async () => {
    const user = userEvent.setup();
    const { queryClient } = renderApp('/');
    const feed = await screen.findByRole('region', { name: 'News Feed' });
    await waitFor(() => expect(queryClient.isFetching()).toBe(0)); // the first check for new stories found none
    expect(within(feed).queryByRole('button', { name: /new stor/ })).toBeNull();
    const before = storyLinks(feed);
    const now = Date.now();
    const ids = await Promise.all(
      [1, 2].map((n) =>
        apiStore.insertArticle({
          section: 'world', title: `Breaking story number ${String(n)}`, lead: 'Just in.', datelinePlace: 'GENEVA',
          publishedAt: now + n * 1000, pages: ['<p>Text.</p>'], persons: [], topics: [], otherMedia: [], origin: 'feed',
        }),
      ),
    );
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true); // the tab regains focus: the feed checks for new stories
    });
    const button = await within(feed).findByRole('button', { name: '2 new stories' });
    await user.click(button);
    await waitFor(() => expect(storyLinks(feed).slice(0, 3)).toEqual([`/world/${String(ids[1])}`, `/world/${String(ids[0])}`, before[0]]));
    expect(within(feed).getByRole('link', { name: 'Breaking story number 2' })).toHaveFocus();
    expect(within(feed).queryByRole('button', { name: /new stor/ })).toBeNull();
    expect(new Set(storyLinks(feed)).size).toBe(storyLinks(feed).length);
  });
});

describe('News Feed at scale', () => {
  it('starts at the cursor of a More news link', async () => {
    const first = (await (await fetch('/api/feed?limit=20')).json()) as { nextCursor: string };
    renderApp(`/?cursor=${first.nextCursor}`);
    const feed = await screen.findByRole('region', { name: 'News Feed' });
    const second = (await (await fetch(`/api/feed?cursor=${first.nextCursor}`)).json()) as { items: { url: string }[] };
    await waitFor(() => expect(storyLinks(feed).slice(0, 3)).toEqual(second.items.slice(0, 3).map((i) => i.url)));
  });

  it('renders every row of the first pages, then only the rows near the viewport once there are many, each knowing its place', async () => {
    viewportHeight(800);
    for (let i = 0; i < 200; i++) {
      await apiStore.insertArticle({
        section: 'world', title: `Archive story ${String(i)}`, lead: 'Lead', datelinePlace: '', publishedAt: Date.now() - (i + 1) * 3_600_000,
        pages: ['<p>x</p>'], persons: [], topics: [], otherMedia: [], origin: 'feed',
      });
    }
    const user = userEvent.setup();
    renderApp('/');
    const feed = await screen.findByRole('region', { name: 'News Feed' });
    expect(within(feed).getAllByRole('listitem').length).toBeGreaterThan(20); // 20 stories and their day headings
    const more = within(feed).getByRole('link', { name: 'More news' });
    for (let page = 2; page <= 9; page++) {
      await user.click(more);
      await waitFor(() => expect(Number(within(feed).getAllByRole('listitem')[0]?.getAttribute('aria-setsize') ?? within(feed).getAllByRole('listitem').length)).toBeGreaterThan(page * 20));
    }
    await waitFor(() => expect(within(feed).getAllByRole('listitem')[0]).toHaveAttribute('aria-posinset', '1'));
    const rendered = within(feed).getAllByRole('listitem');
    const setSize = Number(rendered[0]?.getAttribute('aria-setsize'));
    expect(setSize).toBeGreaterThan(180);
    expect(rendered.length).toBeLessThan(60);
  }, 30_000);
});
