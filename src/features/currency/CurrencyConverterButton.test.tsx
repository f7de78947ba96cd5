import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';

// jsdom has no modal dialogs: a minimal stand-in (open attribute, close event); the real
// behaviour (focus trap, Esc, backdrop) is tested in Chromium (test/e2e/converter.e2e.ts).
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});
afterEach(() => localStorage.clear());

describe('the Currency converter button in the header', () => {
  it('opens the converter in a dialog with the amount focused, and Close returns focus to the button', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const button = await screen.findByRole('button', { name: 'Currency converter' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Currency converter' });
    const amount = await screen.findByRole('textbox', { name: 'Amount' });
    expect(amount).toHaveFocus();
    await waitFor(() => expect(dialog.querySelector('output')).toHaveTextContent('100 USD = 6,449.93 RUB'));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('links to the converter page, closing the dialog', async () => {
    const user = userEvent.setup();
    renderApp('/politics');
    await user.click(await screen.findByRole('button', { name: 'Currency converter' }));
    await user.click(await screen.findByRole('link', { name: 'Open the converter as a page' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Currency converter' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
