import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { apiServer } from '../../../test/setup';
import { Article, FeedPage } from '../../contract/schemas';
import { readMarkStore } from '../../lib/readMarks';

afterEach(() => {
  localStorage.clear();
  readMarkStore.read();
});

// A real article of the demo API, as ingest would give it after changing its headline once.
async function revisedArticle(): Promise<{ before: Article; after: Article }> {
  const feed = FeedPage.parse(await (await fetch('http://localhost/api/feed?limit=1')).json());
  const before = Article.parse(await (await fetch(`http://localhost/api/articles/${String(feed.items[0]!.id)}`)).json());
  const updatedAt = new Date(Date.parse(before.publishedAt) + 3_600_000).toISOString();
  const after: Article = { ...before, title: `${before.title} as revised`, updatedAt, revisions: [{ at: before.publishedAt, title: before.title, lead: before.lead, pages: before.pages }] };
  apiServer.use(http.get(`*/api/articles/${String(before.id)}`, () => HttpResponse.json(after)));
  return { before, after };
}

describe('what changed in an article', () => {
  it('tells a reader who read an earlier version, and shows a word diff of what changed', async () => {
    const user = userEvent.setup();
    const { before, after } = await revisedArticle();
    readMarkStore.set([[before.id, Date.now() - 7_200_000, 0]]);
    renderApp(after.url);
    await screen.findByRole('heading', { level: 1, name: after.title });
    await user.click(await screen.findByRole('button', { name: 'see what changed' }));
    const changes = screen.getByRole('region', { name: /^What changed since the version of/ });
    const headline = within(changes).getByRole('heading', { name: 'Headline' }).nextElementSibling!;
    expect(headline.querySelector('ins')?.textContent).toMatch(/as revised/);
    expect(within(changes).getByRole('heading', { name: 'Lead (unchanged)' })).toBeInTheDocument();
    // Seen: the notice goes, and the mark now holds this version.
    expect(screen.queryByRole('button', { name: 'see what changed' })).toBeNull();
    expect(readMarkStore.read()[0]?.[2]).toBe(Date.parse(after.updatedAt!));
    expect(screen.getByText('Earlier versions (1)')).toBeInTheDocument();
  });

  it('says nothing to a reader who had not read it, but lists its earlier versions', async () => {
    const { after } = await revisedArticle();
    renderApp(after.url);
    await screen.findByRole('heading', { level: 1, name: after.title });
    expect(await screen.findByText('Earlier versions (1)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'see what changed' })).toBeNull();
  });
});
