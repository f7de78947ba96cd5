import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ArticleList } from '../../contract/schemas';
import { MostRead } from './MostRead';

function renderMostRead() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <MostRead />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

async function titles(period: string): Promise<string[]> {
  const list = ArticleList.parse(await (await fetch(`http://localhost/api/most-read?period=${period}`)).json());
  return list.items.map((i) => i.title);
}

describe('Most read', () => {
  it('is a tab list of Now, Today and This week, each showing the server\'s ranking', async () => {
    const user = userEvent.setup();
    renderMostRead();
    const tablist = screen.getByRole('tablist', { name: 'Most read in' });
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Now', 'Today', 'This week']);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'Now' });
    const now = await titles('now');
    await waitFor(() => expect(within(panel).getAllByRole('link').map((l) => l.textContent)).toEqual(now));

    await user.click(tabs[2]!);
    const week = await titles('week');
    expect(week).not.toEqual(now);
    await waitFor(() => expect(within(screen.getByRole('tabpanel', { name: 'This week' })).getAllByRole('link').map((l) => l.textContent)).toEqual(week));
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    renderMostRead();
    const tabs = screen.getAllByRole('tab');
    tabs[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(tabs[1]).toHaveFocus();
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    expect(tabs[0]).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{End}');
    expect(tabs[2]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(tabs[0]).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(tabs[2]).toHaveAttribute('aria-selected', 'true');
  });
});
