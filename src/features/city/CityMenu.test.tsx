import { onlineManager } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/render';
import { apiServer } from '../../../test/setup';
import { utcOffsetLabel } from '../../lib/zonedTime';
import { CITY_STORAGE_KEY } from './cityStore';

const NEW_YORK = /^\d{2}:\d{2} UTC\u2212[45]( · .+)?$/;

/** The visible text of every time in the News Feed. */
async function feedTimes(): Promise<string[]> {
  const feed = await screen.findByRole('region', { name: 'News Feed' });
  return (await within(feed).findAllByRole('time'))
    .map((t) => t.querySelector('[aria-hidden="true"]')?.textContent ?? '');
}

const cityButton = () => screen.getByRole('button', { name: /^Select the city: / });
/** What a screen reader hears from the header clock. */
const heardClock = () => screen.getByRole('banner').querySelector('.city-clock .visually-hidden');

afterEach(() => {
  localStorage.clear();
  onlineManager.setOnline(true);
});

describe('Select the city', () => {
  it('starts in Moscow: header button, clock and every time in UTC+3', async () => {
    renderApp('/');
    expect(cityButton()).toHaveAccessibleName('Select the city: Moscow');
    expect(cityButton()).toHaveAttribute('aria-haspopup', 'dialog');
    const times = await feedTimes();
    expect(times.length).toBe(20);
    for (const t of times) expect(t).toMatch(/^\d{2}:\d{2} UTC\+3( · .+)?$/);
    expect(heardClock()).toHaveTextContent(/^Time in Moscow: \d{2}:\d{2} UTC\+3$/);
  });

  it('chooses a city by keyboard: times, clock and the saved choice follow, and a reload keeps it', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp('/');
    await feedTimes();
    cityButton().focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Select the city' });
    await waitFor(() => expect(within(dialog).getAllByRole('radio').length).toBeGreaterThanOrEqual(31));
    expect(within(dialog).getByRole('radio', { name: /^Moscow/ })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: /^My local time/ })).toBeInTheDocument();
    await user.type(within(dialog).getByRole('searchbox', { name: 'Find a city' }), 'new york{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(cityButton()).toHaveFocus();
    expect(cityButton()).toHaveAccessibleName('Select the city: New York');
    for (const t of await feedTimes()) expect(t).toMatch(NEW_YORK);
    expect(heardClock()).toHaveTextContent(/^Time in New York: \d{2}:\d{2} UTC\u2212[45]$/);
    expect(JSON.parse(localStorage.getItem(CITY_STORAGE_KEY)!)).toEqual({ kind: 'city', id: 'new-york', name: 'New York', timeZone: 'America/New_York' });

    unmount();
    renderApp('/');
    expect(cityButton()).toHaveAccessibleName('Select the city: New York');
    for (const t of await feedTimes()) expect(t).toMatch(NEW_YORK);
  });

  it('closes on a click on a city, and Done closes it without changing anything', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(cityButton());
    let dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('radio', { name: /^Kathmandu/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    for (const t of await feedTimes()) expect(t).toMatch(/UTC\+5:45/);

    await user.click(cityButton());
    dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('radio', { name: /^Kathmandu/ })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(cityButton()).toHaveAccessibleName('Select the city: Kathmandu');
  });

  it('offers "My local time", the browser’s own zone', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(cityButton());
    await user.click(await screen.findByRole('radio', { name: /^My local time/ }));
    await waitFor(() => expect(cityButton()).toHaveAccessibleName('Select the city: My local time'));
    expect(JSON.parse(localStorage.getItem(CITY_STORAGE_KEY)!)).toEqual({ kind: 'local' });
    const offset = utcOffsetLabel(new Date(), new Intl.DateTimeFormat().resolvedOptions().timeZone);
    for (const t of await feedTimes()) expect(t).toMatch(new RegExp(`^\\d{2}:\\d{2} ${offset.replace('+', '\\+')}( · .+)?$`));
    expect(heardClock()).toHaveTextContent(`My local time: `);
  });

  it('shows Moscow for a hostile stored value, without an error', async () => {
    const errors = vi.spyOn(console, 'error');
    for (const raw of ['{"kind":"city","id":"x","name":"Mars","timeZone":"Mars/Olympus_Mons"}', '{{{', '{"__proto__":{"kind":"city"}}', 'A'.repeat(10_000)]) {
      localStorage.setItem(CITY_STORAGE_KEY, raw);
      const { unmount } = renderApp('/');
      expect(cityButton()).toHaveAccessibleName('Select the city: Moscow');
      for (const t of await feedTimes()) expect(t).toMatch(/UTC\+3/);
      unmount();
    }
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('replaces a saved city the server no longer lists with Moscow', async () => {
    localStorage.setItem(CITY_STORAGE_KEY, '{"kind":"city","id":"atlantis","name":"Atlantis","timeZone":"Asia/Tokyo"}');
    renderApp('/');
    expect(cityButton()).toHaveAccessibleName('Select the city: Atlantis'); // applies at once, checked when the list arrives
    await waitFor(() => expect(cityButton()).toHaveAccessibleName('Select the city: Moscow'));
    expect(JSON.parse(localStorage.getItem(CITY_STORAGE_KEY)!)).toMatchObject({ id: 'moscow' });
  });

  it('restores Moscow’s own zone when a stored Moscow was edited to another', async () => {
    localStorage.setItem(CITY_STORAGE_KEY, '{"kind":"city","id":"moscow","name":"Moscow","timeZone":"Asia/Tokyo"}');
    renderApp('/');
    await waitFor(async () => {
      for (const t of await feedTimes()) expect(t).toMatch(/UTC\+3/);
    });
    expect(JSON.parse(localStorage.getItem(CITY_STORAGE_KEY)!)).toMatchObject({ id: 'moscow', timeZone: 'Europe/Moscow' });
  });

  it('keeps the saved city when the list cannot be fetched, and the picker says why', async () => {
    apiServer.use(http.get('*/api/cities', () => HttpResponse.error()));
    localStorage.setItem(CITY_STORAGE_KEY, '{"kind":"city","id":"honolulu","name":"Honolulu","timeZone":"Pacific/Honolulu"}');
    const user = userEvent.setup();
    renderApp('/');
    for (const t of await feedTimes()) expect(t).toMatch(/UTC\u221210/);
    await user.click(cityButton());
    const dialog = await screen.findByRole('dialog');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The list of cities is unavailable');
    expect(alert).toHaveTextContent('Newswire cannot reach its server');
    expect(within(dialog).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['local', 'city:moscow', 'city:honolulu']);
    expect(within(dialog).getByRole('radio', { name: /^Honolulu/ })).toBeChecked();

    apiServer.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(dialog).getAllByRole('radio').length).toBeGreaterThanOrEqual(31));
    expect(cityButton()).toHaveAccessibleName('Select the city: Honolulu');
  });

  it('says it is offline rather than loading forever', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await feedTimes();
    act(() => {
      onlineManager.setOnline(false);
    });
    await user.click(cityButton());
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('status')).toHaveTextContent('You are offline');
    act(() => {
      onlineManager.setOnline(true);
    });
    await waitFor(() => expect(within(dialog).getAllByRole('radio').length).toBeGreaterThanOrEqual(31));
  });

  it('follows a choice made in another tab', async () => {
    renderApp('/');
    await feedTimes();
    const raw = '{"kind":"city","id":"chatham-islands","name":"Chatham Islands","timeZone":"Pacific/Chatham"}';
    localStorage.setItem(CITY_STORAGE_KEY, raw);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: CITY_STORAGE_KEY, newValue: raw }));
    });
    expect(cityButton()).toHaveAccessibleName('Select the city: Chatham Islands');
    for (const t of await feedTimes()) expect(t).toMatch(/UTC\+1[23]:45/);
  });
});
