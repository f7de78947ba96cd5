import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';

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
    await waitFor(() => expect(screen.getByRole('button', { name: 'Display' })).toBeInTheDocument());
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
  });

  it('goes to a section with g then its key, and shows the list of shortcuts with ?', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await storyLinks();
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
    await user.click(screen.getByRole('button', { name: 'Filter sections' }));
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
