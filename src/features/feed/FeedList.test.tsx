import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { apiServer } from '../../../test/setup';

describe('News Feed', () => {
  it('shows the newest stories grouped by day, with section and headline links', async () => {
    renderApp('/');
    const feed = await screen.findByRole('region', { name: 'News Feed' });
    expect(within(feed).getByRole('heading', { level: 2, name: 'Today' })).toBeInTheDocument();
    const items = within(feed).getAllByRole('listitem');
    expect(items).toHaveLength(20);
    const first = items[0]!;
    expect(within(first).getByRole('heading', { level: 3 }).querySelector('a')?.getAttribute('href')).toMatch(/^\/[a-z]+\/\d+$/);
    expect(within(first).getByRole('time')).toHaveAttribute('datetime');
  });

  it('loads More news without duplicates until the end', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const feed = await screen.findByRole('region', { name: 'News Feed' });
    await user.click(within(feed).getByRole('button', { name: 'More news' }));
    await waitFor(() => expect(within(feed).getAllByRole('listitem')).toHaveLength(40));
    await user.click(within(feed).getByRole('button', { name: 'More news' }));
    await within(feed).findByText('You have reached the end of the feed.');
    const links = within(feed).getAllByRole('listitem').map((li) => li.querySelector('h3 a')?.getAttribute('href'));
    expect(new Set(links).size).toBe(links.length);
    expect(links.length).toBe(48);
  });

  it('shows only the section on a section page', async () => {
    renderApp('/sports');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sport' })).toBeInTheDocument();
    const feed = await screen.findByRole('region', { name: 'News Feed' });
    const urls = within(feed).getAllByRole('listitem').map((li) => li.querySelector('h3 a')?.getAttribute('href') ?? '');
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => u.startsWith('/sports/'))).toBe(true);
  });

  it('explains a failure and recovers with Retry', async () => {
    const user = userEvent.setup();
    apiServer.use(http.get('*/api/feed', () => HttpResponse.json({ error: { code: 'internal', message: 'The server had a problem.' } }, { status: 500 }), { once: true }));
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server had a problem.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'News Feed' })).toBeInTheDocument();
  });

  it('shows the Not found page for an unknown section', async () => {
    renderApp('/no-such-section');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
