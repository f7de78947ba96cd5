import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedPage } from '../contract/schemas';
import { renderApp } from '../../test/render';
import { apiServer } from '../../test/setup';

function setBrowserOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { value: online, configurable: true });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

afterEach(() => act(() => setBrowserOnline(true)));

describe('offline', () => {
  it('shows the app’s own offline page for an article that is not on this device', async () => {
    const feed = FeedPage.parse(await (await fetch('http://localhost/api/feed?limit=1')).json());
    apiServer.use(http.get('*/api/articles/:id', () => HttpResponse.error()));
    setBrowserOnline(false);
    renderApp(feed.items[0]!.url);
    expect(await screen.findByRole('heading', { level: 1, name: 'You are offline' })).toBeInTheDocument();
    expect(screen.getByText(/^This article is not saved on this device, so it cannot be shown offline\./)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Saved for later' })).toHaveAttribute('href', '/saved');
    expect(screen.getAllByText('You are offline.').length).toBeGreaterThan(0); // the banner too
  });

  it('says a list is not on this device rather than showing an error', async () => {
    apiServer.use(http.get('*/api/feed', () => HttpResponse.error()));
    setBrowserOnline(false);
    renderApp('/sports');
    expect(await screen.findByText(/^This list is not saved on this device/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('dates a list shown while offline with the time it was fetched', async () => {
    renderApp('/');
    const top = await screen.findByRole('heading', { level: 2, name: 'Top stories' });
    const region = top.closest('section')!;
    expect(within(region).queryByText(/^Copy on this device/)).toBeNull();
    act(() => setBrowserOnline(false));
    expect(within(region).getByText(/^Copy on this device, as of/)).toBeInTheDocument();
    act(() => setBrowserOnline(true));
    expect(within(region).queryByText(/^Copy on this device/)).toBeNull();
  });
});
