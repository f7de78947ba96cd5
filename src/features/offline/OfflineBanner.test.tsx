import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { offerUpdate } from '../../lib/appUpdate';
import { reportServerReached } from '../../lib/connection';
import { OfflineBanner } from './OfflineBanner';
import { UpdatePrompt } from './UpdatePrompt';

function setBrowserOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { value: online, configurable: true });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

afterEach(() => {
  act(() => {
    setBrowserOnline(true);
    reportServerReached(true);
  });
});

describe('the offline banner', () => {
  it('comes and goes with the browser’s connection', () => {
    render(<OfflineBanner />);
    expect(screen.queryByText('You are offline.')).toBeNull();
    act(() => setBrowserOnline(false));
    expect(screen.getByRole('status')).toHaveTextContent('You are offline. Showing what is kept on this device; news will refresh when the connection returns.');
    act(() => setBrowserOnline(true));
    expect(screen.queryByText('You are offline.')).toBeNull();
  });

  it('also shows when requests fail although the browser claims to be online, until one gets through', () => {
    render(<OfflineBanner />);
    act(() => reportServerReached(false));
    expect(screen.getByText('You are offline.')).toBeInTheDocument();
    act(() => reportServerReached(true));
    expect(screen.queryByText('You are offline.')).toBeNull();
  });
});

describe('the update prompt', () => {
  it('says a new version is available and runs it on Reload', async () => {
    const user = userEvent.setup();
    render(<UpdatePrompt />);
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
    let reloads = 0;
    act(() => offerUpdate(() => (reloads += 1)));
    expect(screen.getByRole('status')).toHaveTextContent('A new version is available — Reload');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reloads).toBe(1);
  });
});
