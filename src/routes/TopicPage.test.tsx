import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiStore } from '../../test/setup';
import { renderApp } from '../../test/render';

function story(i: number, topic: { slug: string; title: string }) {
  return {
    section: 'science' as const,
    title: `Paging story number ${String(i)}`,
    lead: 'A story for paging.',
    datelinePlace: 'KAZAN',
    publishedAt: Date.now() - i * 60_000,
    pages: ['<p>Body.</p>'],
    persons: [],
    topics: [topic],
    otherMedia: [],
    origin: 'feed' as const,
  };
}

describe('Topics and Persons', () => {
  it('lists every topic with its number of stories and opens one', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/topics');
    const index = await screen.findByRole('list', { name: 'Topics' });
    const arctic = within(index).getByRole('link', { name: 'Arctic shipping' });
    expect(arctic.closest('li')).toHaveTextContent(/Arctic shipping\d+ stories/);
    await user.click(arctic);
    expect(router.location.pathname).toBe('/topics/arctic-shipping');
    expect(await screen.findByRole('heading', { level: 1, name: 'Arctic shipping' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toContain('Northern Sea Route cargo hits record as late-season convoys sail east');
    expect(screen.getByText(/^That is all: \d+ stories\.$/)).toBeInTheDocument();
  });

  it('pages a topic with More stories, newest first', async () => {
    const user = userEvent.setup();
    const topic = { slug: 'paging-topic', title: 'Paging topic' };
    for (let i = 0; i < 27; i++) await apiStore.insertArticle(story(i, topic));
    renderApp('/topics/paging-topic');
    await screen.findByRole('heading', { level: 1, name: 'Paging topic' });
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'More stories' }));
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(27));
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles.slice(0, 3)).toEqual(['Paging story number 0', 'Paging story number 1', 'Paging story number 2']);
    expect(screen.getByText('That is all: 27 stories.')).toBeInTheDocument();
  });

  it('shows a person page from the tag on an article, and the Persons index', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/persons');
    await user.click(await screen.findByRole('link', { name: 'Irina Lavrentyeva' }));
    expect(router.location.pathname).toBe('/persons/irina-lavrentyeva');
    expect(await screen.findByRole('heading', { level: 1, name: 'Irina Lavrentyeva' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Central bank cuts key rate by 50 basis points to 15.5 percent' }));
    const tags = await screen.findByRole('heading', { level: 2, name: 'Topics' });
    await user.click(within(tags.closest('section') ?? document.body).getByRole('link', { name: 'Interest rates' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Interest rates' })).toBeInTheDocument();
  });

  it('says Not found for an unknown or malformed topic or person', async () => {
    renderApp('/topics/no-such-topic');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/This topic does not exist/)).toBeInTheDocument();
  });

  it('says Not found for a malformed person slug without asking the server', async () => {
    renderApp('/persons/Not_A_Slug');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
