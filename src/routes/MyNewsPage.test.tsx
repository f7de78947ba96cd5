import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';
import { apiStore } from '../../test/setup';
import { followStore } from '../lib/follows';
import { myNewsVisitStore } from '../lib/myNewsVisits';
import { readMarkStore } from '../lib/readMarks';

afterEach(() => {
  localStorage.clear();
  for (const store of [followStore, readMarkStore, myNewsVisitStore]) store.read();
});

// "Title, Read" (jsdom's name computation drops the space that browsers keep).
const readName = (title: string) => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, ?Read$`);
const myStories = () => within(screen.getByRole('region', { name: 'Newest stories' }));

describe('My News', () => {
  it('says how to follow when nothing is followed', async () => {
    renderApp('/my');
    expect(await screen.findByText(/You follow nothing yet/)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Topics' })).toHaveAttribute('href', '/topics');
  });

  it('follows a topic from its page and lists its stories, read marks and unread count on My News', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/topics/arctic-shipping');
    await user.click(await screen.findByRole('button', { name: 'Follow Arctic shipping' }));
    expect(screen.getByRole('button', { name: 'Following Arctic shipping' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(screen.getByRole('navigation', { name: 'Yours' })).getByRole('link', { name: 'My News' }));
    expect(router.location.pathname).toBe('/my');
    expect(await screen.findByRole('heading', { name: 'You follow 1 subject' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Arctic shipping' })).toHaveAttribute('href', '/topics/arctic-shipping');
    const links = await myStories().findAllByRole('link', { name: /Northern Sea Route|Arctic|icebreaker/i });
    const first = links[0]!;
    const title = first.textContent;
    const shown = screen.getByText(/unread of the \d+ stor/).textContent;
    const total = Number(/of the (\d+)/.exec(shown)?.[1]);
    expect(shown).toBe(`${String(total)} unread of the ${String(total)} ${total === 1 ? 'story' : 'stories'} shown`);

    // Opened, the story is marked read in the list: seen and heard.
    await user.click(first);
    await screen.findByRole('heading', { level: 1, name: title });
    await user.click(within(screen.getByRole('navigation', { name: 'Yours' })).getByRole('link', { name: 'My News' }));
    expect(await myStories().findByRole('link', { name: readName(title) })).toBeInTheDocument();
    expect(screen.getByText(/unread of the/)).toHaveTextContent(`${String(total - 1)} unread of the ${String(total)}`);

    // Unfollowed from My News, it is gone.
    await user.click(screen.getByRole('button', { name: 'Following Arctic shipping' }));
    expect(await screen.findByText(/You follow nothing yet/)).toBeInTheDocument();
  }, 20_000);

  it('counts the stories published since the last visit', async () => {
    myNewsVisitStore.set(new Date(Date.now() - 60_000).toISOString());
    followStore.set([{ kind: 'person', slug: 'my-news-person', name: 'Iva Novak' }]);
    for (let i = 0; i < 2; i++) {
      await apiStore.insertArticle({
        section: 'society', title: `New for My News ${String(i)}`, lead: 'Lead.', datelinePlace: 'OMSK', publishedAt: Date.now() - i * 1000,
        pages: ['<p>Body.</p>'], persons: [{ slug: 'my-news-person', name: 'Iva Novak' }], topics: [], otherMedia: [], origin: 'feed',
      });
    }
    renderApp('/my');
    expect(await screen.findByText('2 stories new since your last visit')).toBeInTheDocument();
    expect(myStories().getByRole('link', { name: 'New for My News 0' })).toBeInTheDocument();
    // This visit is remembered for the next one.
    await waitFor(() => expect(Date.parse(myNewsVisitStore.read() ?? '')).toBeGreaterThan(Date.now() - 5000));
  });

  it('follows persons and topics beside an article’s tags, and marks the whole feed read', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const feed = await screen.findByRole('region', { name: 'News Feed' });
    const story = (await within(feed).findAllByRole('link', { name: /./ })).find((a) => a.hasAttribute('data-story-link'))!;
    const title = story.textContent;
    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(await within(feed).findByRole('link', { name: readName(title) })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();

    await user.click(within(feed).getByRole('link', { name: readName(title) }));
    const tags = await screen.findAllByRole('button', { name: /^Follow / });
    const tag = tags[0]!;
    const name = (tag.getAttribute('aria-label') ?? '').replace(/^Follow /, '');
    await user.click(tag);
    expect(screen.getByRole('button', { name: `Following ${name}` })).toHaveAttribute('aria-pressed', 'true');
    expect(followStore.read().map((f) => f.name)).toEqual([name]);
  }, 20_000);
});
