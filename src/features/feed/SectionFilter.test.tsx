import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { FILTER_STORAGE_KEY } from './sectionChoice';

function storySections(): string[] {
  const feed = screen.getByRole('region', { name: 'News Feed' });
  return within(feed)
    .getAllByRole('article')
    .map((a) => a.querySelector('h3 a')?.getAttribute('href')?.split('/')[1] ?? '');
}

describe('Filter sections', () => {
  beforeEach(() => localStorage.clear());

  it('applies the chosen sections at once, remembers them and shows them in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await screen.findByRole('region', { name: 'News Feed' });
    await user.click(screen.getByText('Filter sections'));
    const panel = screen.getByRole('group', { name: 'Sections in your feed' });
    for (const title of ['World', 'Business & Economy', 'Military & Defense', 'Science & Space', 'Society & Culture', 'Press Review']) {
      await user.click(within(panel).getByRole('checkbox', { name: title }));
    }
    await waitFor(() => expect(new Set(storySections())).toEqual(new Set(['politics', 'sports'])));
    expect(router.location.search).toBe('?sections=politics,sports');
    expect(JSON.parse(localStorage.getItem(FILTER_STORAGE_KEY) ?? '')).toEqual({ version: 1, sections: ['politics', 'sports'] });
  });

  it('restores a remembered filter on the next visit and reflects it in the URL', async () => {
    localStorage.setItem(FILTER_STORAGE_KEY, JSON.stringify({ version: 1, sections: ['science'] }));
    const { router } = renderApp('/');
    await waitFor(() => expect(router.location.search).toBe('?sections=science'));
    await waitFor(() => expect(new Set(storySections())).toEqual(new Set(['science'])));
  });

  it('opens a shared filtered link as it was shared', async () => {
    renderApp('/?sections=sports');
    await screen.findByRole('region', { name: 'News Feed' });
    await waitFor(() => expect(new Set(storySections())).toEqual(new Set(['sports'])));
    expect(screen.getByText('Sport', { selector: '.section-filter-summary' })).toBeInTheDocument();
  });

  it('ignores a hostile stored filter and shows every section without an error', async () => {
    localStorage.setItem(FILTER_STORAGE_KEY, '{"version":1,"sections":["<script>alert(1)</script>"]}');
    renderApp('/');
    await screen.findByRole('region', { name: 'News Feed' });
    expect(new Set(storySections()).size).toBeGreaterThan(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says which unknown sections in the address were ignored', async () => {
    renderApp('/?sections=sports,moon');
    expect(await screen.findByText('Unknown section in the address ignored: moon.')).toBeInTheDocument();
    await waitFor(() => expect(new Set(storySections())).toEqual(new Set(['sports'])));
  });

  it('does not allow an empty selection and explains why', async () => {
    const user = userEvent.setup();
    renderApp('/?sections=sports');
    await screen.findByRole('region', { name: 'News Feed' });
    await user.click(screen.getByText('Filter sections'));
    const sport = screen.getByRole('checkbox', { name: 'Sport' });
    await user.click(sport);
    expect(sport).toBeChecked();
    expect(screen.getByText(/At least one section must stay selected/)).toBeInTheDocument();
  });

  it('resets to all sections', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?sections=sports');
    await screen.findByRole('region', { name: 'News Feed' });
    await user.click(screen.getByText('Filter sections'));
    await user.click(screen.getByRole('link', { name: 'Show all sections' }));
    await waitFor(() => expect(router.location.search).toBe(''));
    await waitFor(() => expect(new Set(storySections()).size).toBeGreaterThan(2));
    expect(localStorage.getItem(FILTER_STORAGE_KEY)).toBeNull();
  });
});
