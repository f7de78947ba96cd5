import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
// The app loads both lazily; imported here so that the tests wait for keys, not for the test
// runner transforming the modules on a loaded machine.
import './KeyboardShortcuts';
import './ShortcutsHelp';

// Keyboard reading arrives just after the first paint: wait until "?" answers before testing keys.
async function shortcutsReady(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(async () => {
    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  }, { timeout: 5000 });
  await user.click(within(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).getByRole('button', { name: 'Close' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

async function storyLinks() {
  const feed = await screen.findByRole('region', { name: 'News Feed' });
  await within(feed).findAllByRole('article');
  return Array.from(feed.querySelectorAll<HTMLAnchorElement>('a[data-story-link]'));
}

describe('keyboard reading', () => {
  it('moves between stories with j and k, and opens one with o', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    const links = await storyLinks();
    await shortcutsReady(user);
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('j');
    await waitFor(() => expect(links[0]).toHaveFocus());
    await user.keyboard('jj');
    expect(links[2]).toHaveFocus();
    await user.keyboard('k');
    expect(links[1]).toHaveFocus();
    await user.keyboard('o');
    await waitFor(() => expect(router.location.pathname).toBe(links[1]!.getAttribute('href')));
    await screen.findByRole('heading', { level: 1, name: links[1]!.textContent });
    await user.keyboard('u');
    await waitFor(() => expect(router.location.pathname).toBe('/'));
  }, 15_000);

  it('goes to a section with g then its key, and shows the list of shortcuts with ?', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await storyLinks();
    await shortcutsReady(user);
    await user.keyboard('gt');
    await waitFor(() => expect(router.location.pathname).toBe('/sports'));
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByRole('rowheader', { name: 'g then t' })).toBeInTheDocument();
    expect(within(help).getByRole('cell', { name: 'Next story' })).toBeInTheDocument();
  });

  it('never fires while the reader types in a field', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await storyLinks();
    await shortcutsReady(user); // the shortcuts are listening: typing must still not trigger them
    await user.click(screen.getByText('Filter sections'));
    const checkbox = screen.getByRole('checkbox', { name: 'World' });
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    await user.keyboard('jgt?');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('jgt?');
    expect(router.location.pathname).toBe('/');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(checkbox).toBeChecked();
    input.remove();
  });
});
