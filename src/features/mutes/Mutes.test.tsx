import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { apiStore } from '../../../test/setup';
import { muteStore, muteTest, setMuted } from '../../lib/mutes';

afterEach(() => {
  localStorage.clear();
  muteStore.read();
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "Title, Muted" (jsdom's name computation drops the space that browsers keep).
const mutedName = (title: string) => new RegExp(`^${escape(title)}, ?Muted$`);
const stories = (n: number) => `${String(n)} ${n === 1 ? 'story' : 'stories'}`;

/** A word of the newest story's headline that the newest 20 stories do not all share. */
async function newestWord() {
  const newest = (await apiStore.feed(null, 100, null)).items;
  const title = newest[0]?.title ?? '';
  const word = title.split(/[^\p{L}]+/u).filter((w) => w.length >= 5).sort((a, b) => b.length - a.length)[0] ?? '';
  const test = muteTest([{ kind: 'word', phrase: word }]);
  return { word, title, total: newest.length, inFirstPage: newest.slice(0, 20).filter(test), inNewest: newest.filter(test) };
}

describe('mutes', () => {
  it('previews a typed word on the newest 100 stories, mutes it on My News, and the feed hides its stories until Show', async () => {
    const user = userEvent.setup();
    const { word, title, total, inFirstPage, inNewest } = await newestWord();
    expect(inFirstPage.length).toBeGreaterThan(0);
    const my = renderApp('/my');
    const input = await screen.findByRole('textbox', { name: 'Mute a word or phrase' });
    await user.click(screen.getByRole('button', { name: 'Mute' }));
    expect(screen.getByText('Type a word or phrase to mute.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.type(input, '!!!');
    await user.click(screen.getByRole('button', { name: 'Mute' }));
    expect(screen.getByText('A muted word needs at least one letter or digit.')).toBeInTheDocument();
    expect(muteStore.read()).toEqual([]);

    await user.clear(input);
    await user.type(input, word.toUpperCase());
    const preview = await screen.findByText(`Muting “${word.toUpperCase()}” would hide ${String(inNewest.length)} of the newest ${stories(total)}:`);
    expect(within(preview.parentElement!).getByRole('link', { name: title })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mute' }));
    expect(screen.getByRole('button', { name: `Unmute “${word.toUpperCase()}”` })).toBeInTheDocument();
    expect(input).toHaveValue('');
    expect(muteStore.read()).toEqual([{ kind: 'word', phrase: word.toUpperCase() }]);
    my.unmount();

    renderApp('/');
    const feed = await screen.findByRole('region', { name: 'News Feed' });
    const notice = await within(feed).findByText(`${stories(inFirstPage.length)} hidden by your mutes`, { exact: false });
    expect(within(feed).queryByRole('link', { name: title })).toBeNull();
    expect(within(notice).getByRole('link', { name: 'Your mutes' })).toHaveAttribute('href', '/my#mutes');
    await user.click(within(notice).getByRole('button', { name: 'Show' }));
    expect(within(feed).getByRole('link', { name: mutedName(title) })).toBeInTheDocument();
    expect(within(feed).getByText(/^Showing .* hidden by your mutes/)).toBeInTheDocument();
    await user.click(within(feed).getByRole('button', { name: 'Hide them' }));
    expect(within(feed).queryByRole('link', { name: mutedName(title) })).toBeNull();
  }, 30_000);

  it('mutes a topic from its page after a preview (Escape cancels), marks its stories there, and unmutes it', async () => {
    const user = userEvent.setup();
    renderApp('/topics/arctic-shipping');
    const toggle = await screen.findByRole('button', { name: 'Mute Arctic shipping' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = await screen.findByRole('group', { name: 'Mute Arctic shipping?' });
    expect(await within(panel).findByText(/^Muting Arctic shipping would hide \d+ of the newest \d+ stories:$/)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Mute Arctic shipping?' })).toBeNull();
    expect(toggle).toHaveFocus();
    expect(muteStore.read()).toEqual([]);

    await user.click(toggle);
    await user.click(within(await screen.findByRole('group', { name: 'Mute Arctic shipping?' })).getByRole('button', { name: 'Mute Arctic shipping' }));
    const unmute = screen.getByRole('button', { name: 'Unmute Arctic shipping' });
    expect(unmute).toHaveFocus();
    expect(muteStore.read()).toEqual([{ kind: 'topic', slug: 'arctic-shipping', name: 'Arctic shipping' }]);
    // A topic's own page still lists its stories, each marked as muted.
    const marked = screen.getAllByRole('link', { name: /, ?Muted$/ });
    expect(marked.length).toBeGreaterThan(0);
    await user.click(unmute);
    expect(screen.getByRole('button', { name: 'Mute Arctic shipping' })).toBeInTheDocument();
    expect(screen.queryAllByRole('link', { name: /, ?Muted$/ })).toHaveLength(0);
  }, 20_000);

  it('leaves muted stories in search, marked as muted', async () => {
    const { word, title } = await newestWord();
    setMuted({ kind: 'word', phrase: word }, true);
    renderApp(`/search?q=${encodeURIComponent(word)}`);
    expect(await screen.findByRole('link', { name: mutedName(title) })).toBeInTheDocument();
  });

  it('says so when the mutes hide every story a section has loaded', async () => {
    const stories = (await apiStore.feed(['pressreview'], 20, null)).items;
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories) setMuted({ kind: 'word', phrase: story.title }, true);
    renderApp('/pressreview');
    const feed = await screen.findByRole('region', { name: 'News Feed' });
    expect(await within(feed).findByText('Your mutes hide every story loaded here.')).toBeInTheDocument();
    expect(within(feed).getByText(`${stories.length === 1 ? '1 story' : `${String(stories.length)} stories`} hidden by your mutes`, { exact: false })).toBeInTheDocument();
  });
});
