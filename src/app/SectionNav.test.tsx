import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';

describe('section navigation', () => {
  it('lists the eight sections and marks the current one', async () => {
    renderApp('/economy');
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getAllByRole('link')).toHaveLength(8);
    expect(within(nav).getByRole('link', { name: 'Business & Economy' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'World' })).not.toHaveAttribute('aria-current');
    await screen.findByRole('heading', { level: 1, name: 'Business & Economy' });
  });

  it('opens and closes the phone menu by keyboard, returning focus to its button', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const toggle = screen.getByRole('button', { name: 'Sections' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Russian Politics & Diplomacy' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('closes the menu after choosing a section', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    const toggle = screen.getByRole('button', { name: 'Sections' });
    await user.click(toggle);
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Sport' }));
    expect(router.location.pathname).toBe('/sports');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
