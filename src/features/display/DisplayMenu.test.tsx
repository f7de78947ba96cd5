import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { DISPLAY_STORAGE_KEY } from '../../contract/displayChoices';
import { DEFAULT_PREFS, setPrefs } from '../../lib/displayPrefs';

afterEach(() => {
  act(() => {
    setPrefs(DEFAULT_PREFS);
  });
  localStorage.clear();
});

describe('Display settings', () => {
  it('change theme, text size and line width at once, and remember them', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Display' }));
    const dialog = await screen.findByRole('dialog', { name: 'Display' });
    await user.click(within(dialog).getByRole('radio', { name: 'Dark' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Largest' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Wide' }));
    const root = document.documentElement;
    expect(root.dataset.theme).toBe('dark');
    expect(root.dataset.textSize).toBe('largest');
    expect(root.dataset.lineWidth).toBe('wide');
    expect(JSON.parse(localStorage.getItem(DISPLAY_STORAGE_KEY) ?? '{}')).toMatchObject({ theme: 'dark', textSize: 'largest', lineWidth: 'wide' });
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('button', { name: 'Display' })).toHaveFocus();
  });

  it('offers at least four text sizes, reduced motion and data saver', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Display' }));
    const dialog = await screen.findByRole('dialog', { name: 'Display' });
    expect(within(within(dialog).getByRole('group', { name: 'Text size' })).getAllByRole('radio').length).toBeGreaterThanOrEqual(4);
    expect(within(dialog).getByRole('radio', { name: 'Reduce motion' })).toBeInTheDocument();
    expect(within(dialog).getByRole('group', { name: 'Data saver' })).toHaveAccessibleDescription(/pictures load only when you tap them/);
  });

  it('with data saver on, pictures wait for a tap', async () => {
    const user = userEvent.setup();
    act(() => {
      setPrefs({ ...DEFAULT_PREFS, dataSaver: 'on' });
    });
    renderApp('/');
    const topStories = await screen.findByRole('region', { name: 'Top stories' });
    expect(within(topStories).queryByRole('img')).toBeNull();
    await user.click(within(topStories).getByRole('button', { name: /^Show picture/ }));
    expect(within(topStories).getByRole('img')).toHaveAttribute('width', '1200');
  });
});
