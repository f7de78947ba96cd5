import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';

describe('Infographics', () => {
  it('lists the infographics and opens one with a zoom and its full text version', async () => {
    const user = userEvent.setup();
    renderApp('/infographics');
    await user.click(await screen.findByRole('link', { name: 'The key rate path: first cut in eight months' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'The key rate path: first cut in eight months' })).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /Line chart of the central bank key rate/ });
    expect(chart).toHaveAttribute('src', '/images/infographics/key-rate-path.svg');

    const zoom = screen.getByRole('button', { name: 'Zoom in' });
    expect(zoom).toHaveAttribute('aria-pressed', 'false');
    await user.click(zoom);
    expect(screen.getByRole('button', { name: 'Zoom out' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('region', { name: /Zoomed infographic/ })).toContainElement(chart);

    const table = screen.getByRole('table', { name: /Key rate after each board meeting/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Board meeting', 'Key rate', 'Annual inflation']);
    const latest = within(table).getByRole('rowheader', { name: 'Latest meeting' }).closest('tr');
    expect(latest).toHaveTextContent('15.5%');
    expect(latest).toHaveTextContent('7.4%');
    expect(screen.getByRole('link', { name: 'Text version of the figures' })).toHaveAttribute('href', `#${screen.getByRole('heading', { name: 'Text version' }).id}`);
    expect(screen.getByRole('link', { name: 'Central bank cuts key rate by 50 basis points to 15.5 percent' })).toBeInTheDocument();
  });

  it('says Not found for an unknown infographic', async () => {
    renderApp('/infographics/999999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
