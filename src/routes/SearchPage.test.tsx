import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiServer, apiStore } from '../../test/setup';
import { renderApp } from '../../test/render';

async function results() {
  return within(await screen.findByRole('region', { name: 'Search results' }, { timeout: 3000 }));
}

function countSearchRequests() {
  const seen: string[] = [];
  apiServer.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/search') seen.push(url.search);
  });
  return seen;
}

describe('News Search', () => {
  it('searches from the header and opens a result', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    const banner = screen.getByRole('banner');
    await user.type(within(banner).getByRole('searchbox', { name: 'Search news' }), 'key rate{Enter}');
    await waitFor(() => expect(router.location.pathname).toBe('/search'));
    expect(router.location.search).toBe('?q=key+rate');
    const hit = await (await results()).findByRole('link', { name: 'Central bank cuts key rate by 50 basis points to 15.5 percent' });
    expect((await results()).getByRole('status')).toHaveTextContent(/^\d+ results? for “key rate”$/);
    const marks = hit.closest('li')?.querySelectorAll('mark') ?? [];
    expect([...marks].map((m) => m.textContent.toLowerCase())).toEqual(expect.arrayContaining(['key', 'rate']));
    await user.click(hit);
    expect(await screen.findByRole('heading', { level: 1, name: 'Central bank cuts key rate by 50 basis points to 15.5 percent' })).toBeInTheDocument();
  });

  it('searches as the reader types, once per pause, replacing the address; a submit adds a history entry', async () => {
    const user = userEvent.setup();
    const requests = countSearchRequests();
    const { router } = renderApp('/search');
    expect(await screen.findByText(/Type one or more words/)).toBeInTheDocument();
    const field = await screen.findByRole('searchbox', { name: 'Search news' });
    await user.type(field, 'icebreaker');
    await waitFor(() => expect(router.location.search).toBe('?q=icebreaker'));
    expect(router.navigationType).toBe('REPLACE');
    await (await results()).findByText(/results? for “icebreaker”/);
    expect([...new Set(requests)]).toEqual(['?q=icebreaker']); // not one request per letter (StrictMode may repeat one)
    await user.clear(field);
    await user.type(field, 'wheat{Enter}');
    await waitFor(() => expect(router.location.search).toBe('?q=wheat'));
    expect(router.navigationType).toBe('PUSH');
  });

  it('filters by section and dates, kept in the address', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/search?q=arctic');
    await (await results()).findByText(/results? for “arctic”/);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Section' }), 'economy');
    await waitFor(() => expect(router.location.search).toBe('?q=arctic&sections=economy'));
    const list = await results();
    await waitFor(() => expect(list.getByRole('status')).toHaveTextContent(/results? for “arctic”/));
    expect(list.getAllByRole('listitem').length).toBeGreaterThan(0);
    for (const item of list.getAllByRole('listitem')) expect(within(item).getByRole('link', { name: 'Business & Economy' })).toBeInTheDocument();
    const from = screen.getByLabelText('From');
    await user.type(from, '2000-01-01');
    await waitFor(() => expect(router.location.search).toBe('?q=arctic&sections=economy&from=2000-01-01'));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.location.search).toBe('?q=arctic'));
  });

  it('pages with More results until every hit is shown', async () => {
    const user = userEvent.setup();
    renderApp('/search?q=the');
    const total = Number((await (await results()).findByText(/results for “the”/)).textContent.match(/^(\d+)/)?.[1]);
    expect(total).toBeGreaterThan(20);
    expect((await results()).getAllByRole('listitem')).toHaveLength(20);
    await user.click((await results()).getByRole('button', { name: 'More results' }));
    const list = await results();
    await waitFor(() => expect(list.getAllByRole('listitem')).toHaveLength(Math.min(total, 40)));
  });

  it('says clearly when nothing matches and offers ways on', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/search?q=zzqxv&sections=sports');
    expect(await screen.findByRole('heading', { name: 'No stories match “zzqxv” with these filters' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Arctic shipping' })).toHaveAttribute('href', '/topics/arctic-shipping');
    await user.click(screen.getByRole('button', { name: 'Search all sections and dates' }));
    await waitFor(() => expect(router.location.search).toBe('?q=zzqxv'));
    expect(await screen.findByRole('heading', { name: 'No stories match “zzqxv”' })).toBeInTheDocument();
  });

  it('explains what in the address it could not use', async () => {
    renderApp('/search?q=rate&sections=nope&from=2017-02-30');
    expect(await screen.findByText('Unknown section ignored: nope.')).toBeInTheDocument();
    expect(screen.getByText('The “From” date in the address is not a date and was ignored.')).toBeInTheDocument();
    expect(await (await results()).findByText(/results? for “rate”/)).toBeInTheDocument();
  });

  it('shows markup in stories as text: the highlight is built by React, nothing is injected', async () => {
    await apiStore.insertArticle({
      section: 'world',
      title: 'A story quoting markup',
      lead: 'Lead.',
      datelinePlace: 'GENEVA',
      publishedAt: Date.now(),
      pages: ['<p>The page said &lt;img src=x onerror=alert(1)&gt; zebraquote in plain text.</p>'],
      persons: [],
      topics: [],
      otherMedia: [],
      origin: 'feed',
    });
    renderApp('/search?q=zebraquote');
    const hit = (await (await results()).findByRole('link', { name: 'A story quoting markup' })).closest('li');
    expect(hit?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(hit?.querySelector('img')).toBeNull();
    expect(hit?.querySelector('mark')?.textContent).toBe('zebraquote');
  });
});
