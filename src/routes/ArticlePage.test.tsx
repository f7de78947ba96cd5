import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FeedPage as FeedPageSchema, Article } from '../contract/schemas';
import { renderApp } from '../../test/render';
import { apiServer } from '../../test/setup';

async function firstArticle() {
  const feed = FeedPageSchema.parse(await (await fetch('http://localhost/api/feed?limit=100')).json());
  const multi = [];
  for (const item of feed.items) {
    const article = Article.parse(await (await fetch(`http://localhost/api/articles/${String(item.id)}`)).json());
    if (article.pages.length > 1) multi.push(article);
  }
  return { first: feed.items[0]!, multi };
}

describe('Article page', () => {
  it('shows headline, time with offset, lead, photo with credit, dateline and body', async () => {
    const { first } = await firstArticle();
    renderApp(first.url);
    const headline = await screen.findByRole('heading', { level: 1, name: first.title });
    await waitFor(() => expect(headline).toHaveFocus());
    const article = headline.closest('article')!;
    // Seen: "January 23, 13:01 UTC+3" (and the age of a recent story); heard: one phrase with the same time.
    const [time] = within(article).getAllByRole('time');
    expect(time!.querySelector('[aria-hidden="true"]')).toHaveTextContent(/^[A-Z][a-z]+ \d{1,2}, \d{2}:\d{2} UTC\+3( · .+)?$/);
    expect(time!.querySelector('.visually-hidden')).toHaveTextContent(/^(.+ ago, |just now, )?[A-Z][a-z]+ \d{1,2}, \d{2}:\d{2} UTC\+3$/);
    expect(within(article).getByText(first.lead)).toBeInTheDocument();
    const photo = within(article).getByRole('img', { name: first.image?.alt });
    expect(photo).toHaveAttribute('width', '1200');
    expect(photo).toHaveAttribute('height', '675');
    expect(within(article).getByText('Newswire illustration')).toBeInTheDocument();
    expect(within(article).getByText(/^[A-Z .-]+, [A-Z][a-z]+ \d{1,2}\. \/NEWSWIRE\/\.$/)).toBeInTheDocument();
    expect(within(article).getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(1);
  });

  it('follows "Read also" inside the app', async () => {
    const user = userEvent.setup();
    const { first } = await firstArticle();
    renderApp(first.url);
    await screen.findByRole('heading', { level: 1, name: first.title });
    const readAlso = document.querySelector<HTMLAnchorElement>('.read-also a');
    expect(readAlso).not.toBeNull();
    const title = readAlso!.textContent;
    await user.click(readAlso!);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
  });

  it('pages through a multi-page article with the page in the URL', async () => {
    const user = userEvent.setup();
    const { multi } = await firstArticle();
    const article = multi[0]!;
    renderApp(article.url);
    await screen.findByRole('heading', { level: 1, name: article.title });
    const pager = screen.getByRole('navigation', { name: 'Pages of this article' });
    expect(pager).toHaveTextContent(`${String(article.pages.length)} pages in this article`);
    await user.click(within(pager).getByRole('link', { name: 'Page 2' }));
    await waitFor(() => expect(within(screen.getByRole('navigation', { name: 'Pages of this article' })).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page'));
  });

  it('shows Not found for an unknown id and for a page that does not exist', async () => {
    renderApp('/politics/999999999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('counting reads for Most read', () => {
  it('counts one read per page view: not on re-render, not on page turns', async () => {
    const user = userEvent.setup();
    const posts: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.method === 'POST') posts.push(new URL(request.url).pathname);
    };
    apiServer.events.on('request:start', listener);
    const { multi } = await firstArticle();
    const article = multi[2]!; // one no other test opens: reads are counted once per page view per tab
    renderApp(article.url);
    await screen.findByRole('heading', { level: 1, name: article.title });
    await waitFor(() => expect(posts).toEqual([`/api/articles/${String(article.id)}/views`]));
    await user.click(screen.getByRole('tab', { name: 'This week' })); // re-renders the page
    await user.click(within(screen.getByRole('navigation', { name: 'Pages of this article' })).getByRole('link', { name: 'Page 2' }));
    await screen.findByRole('link', { name: 'Page 1' });
    const related = article.related[0]!;
    await user.click(screen.getByRole('link', { name: related.title }));
    await screen.findByRole('heading', { level: 1, name: related.title });
    await waitFor(() => expect(posts).toEqual([`/api/articles/${String(article.id)}/views`, `/api/articles/${String(related.id)}/views`]));
    apiServer.events.removeListener('request:start', listener);
  });
});
