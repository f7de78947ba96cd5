import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/render';

// The picker's code cannot be fetched (offline before it was ever loaded).
vi.mock('./CityPicker', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('Select the city without the picker’s code', () => {
  it('says why the list cannot open, keeps the city, and lets the reader close the message', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const button = screen.getByRole('button', { name: 'Select the city: Moscow' });
    await user.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The list of cities could not be opened: Newswire cannot reach its server.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(button).toHaveAccessibleName('Select the city: Moscow');
  });
});
