import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { naughtyStrings } from '../../../test/fxCorpus';
import { renderApp } from '../../../test/render';
import { apiServer } from '../../../test/setup';

afterEach(() => localStorage.clear());

const result = () => document.querySelector('output');
async function openConverter() {
  renderApp('/converter');
  await screen.findByRole('heading', { level: 1, name: 'Currency converter' });
  await waitFor(() => expect(result()).toHaveTextContent('='));
}
const amountField = () => screen.getByRole('textbox', { name: 'Amount' });

describe('the currency converter page, on the real API', () => {
  it('converts 100 dollars into roubles at the Bank of Russia rate, with the rates used both ways and their date', async () => {
    await openConverter();
    expect(screen.getByRole('radio', { name: 'Bank of Russia' })).toBeChecked();
    expect(result()).toHaveTextContent('100 USD = 6,449.93 RUB');
    expect(screen.getByText('1 USD = 64.4993 RUB')).toBeInTheDocument();
    expect(screen.getByText('1 RUB ≈ 0.015504 USD')).toBeInTheDocument();
    expect(screen.getByText('Rates of 26 March 2019 — the newest this device has. Source: Bank of Russia.')).toBeInTheDocument();
    const from = screen.getByRole('combobox', { name: 'From' });
    expect(within(from).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'AUD — Australian Dollar',
      'DKK — Danish Krone',
      'EUR — Euro',
      'GBP — British Pound',
      'HKD — Hong Kong Dollar',
      'JPY — Japanese Yen',
      'RUB — Russian Ruble',
      'USD — US Dollar',
    ]);
  });

  it('updates the result as the reader types, in either decimal style', async () => {
    const user = userEvent.setup();
    await openConverter();
    await user.clear(amountField());
    await user.type(amountField(), '1 234,56');
    expect(result()).toHaveTextContent('1,234.56 USD = 79,628.26 RUB');
    await user.clear(amountField());
    await user.type(amountField(), '1,234.56');
    expect(result()).toHaveTextContent('1,234.56 USD = 79,628.26 RUB');
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), 'JPY');
    expect(result()).toHaveTextContent('1,234.56 USD = 135,894 JPY');
  });

  it('explains a bad amount next to the field, and never shows NaN', async () => {
    const user = userEvent.setup();
    await openConverter();
    await user.clear(amountField());
    await user.type(amountField(), '12abc');
    expect(amountField()).toHaveAttribute('aria-invalid', 'true');
    expect(amountField()).toHaveAccessibleDescription(/Type an amount in digits/);
    expect(result()).toHaveTextContent('Correct the amount to see the result.');
    await user.clear(amountField());
    expect(result()).toHaveTextContent('Type an amount to convert.');
    expect(amountField()).toHaveAttribute('aria-invalid', 'false');
  });

  it('answers every naughty string with a result or a message, never NaN, Infinity or -0', async () => {
    await openConverter();
    const error = document.getElementById(amountField().getAttribute('aria-describedby')?.split(' ')[0] ?? '');
    for (const text of naughtyStrings()) {
      act(() => {
        fireEvent.change(amountField(), { target: { value: text } });
      });
      const shown = `${result()?.textContent ?? ''} ${error?.textContent ?? ''}`;
      expect(shown, JSON.stringify(text)).not.toMatch(/NaN|Infinity|-0\b|undefined/);
      const ok = /^[\d,.]+ USD = [\d,.]+ RUB$/.test(result()?.textContent ?? '');
      const explained = (error?.textContent ?? '').length > 20 || result()?.textContent === 'Type an amount to convert.';
      expect(ok || explained, JSON.stringify(text)).toBe(true);
    }
  }, 60_000);

  it('swaps From and To', async () => {
    const user = userEvent.setup();
    await openConverter();
    await user.click(screen.getByRole('button', { name: 'Swap' }));
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('RUB');
    expect(result()).toHaveTextContent('100 RUB = 1.55 USD');
  });

  it('switches to the ECB, says "no rate" for the rouble, and shows the pair’s 30 days', async () => {
    const user = userEvent.setup();
    await openConverter();
    await user.click(screen.getByRole('radio', { name: 'European Central Bank' }));
    await waitFor(() => expect(result()).toHaveTextContent('No rate: the European Central Bank has published no Russian Ruble (RUB) rate after 1 March 2022.'));
    expect(within(screen.getByRole('combobox', { name: 'To' })).getByRole('option', { name: 'RUB — Russian Ruble (no rate)', selected: true })).toBeInTheDocument();
    expect(screen.getByText('Rates of 11 June 2018 — the newest this device has. Source: European Central Bank.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), 'JPY');
    expect(result()).toHaveTextContent('100 USD = 10,994 JPY');
    expect(screen.getByText('1 USD ≈ 109.941 JPY')).toBeInTheDocument();
    const chart = await screen.findByRole('img', { name: '1 USD in JPY, 21 days to 11 June 2018' });
    expect(chart).toHaveAccessibleDescription(/^From [\d.]+ JPY on 14 May to 109\.941 JPY on 11 June; lowest [\d.]+ on \d+ \w+, highest [\d.]+ on \d+ \w+\.$/);
  });

  it('remembers the source and pair, and ignores a damaged saved choice', async () => {
    const user = userEvent.setup();
    await openConverter();
    await user.click(screen.getByRole('radio', { name: 'European Central Bank' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'To' }), 'GBP');
    expect(JSON.parse(localStorage.getItem('newswire.converter') ?? '')).toEqual({ source: 'ecb', from: 'USD', to: 'GBP' });
    cleanup();
    await openConverter();
    expect(screen.getByRole('radio', { name: 'European Central Bank' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('GBP');
    cleanup();
    localStorage.setItem('newswire.converter', '{"source":"ecb","from":"<script>","to":');
    await openConverter();
    expect(screen.getByRole('radio', { name: 'Bank of Russia' })).toBeChecked();
    expect(result()).toHaveTextContent('100 USD = 6,449.93 RUB');
  });
});

describe('the converter offline', () => {
  const networkDown = () => apiServer.use(http.get('*/api/rates', () => HttpResponse.error()));

  it('uses the rates saved on this device, and says so', async () => {
    await openConverter();
    expect(localStorage.getItem('newswire.rates.cbr')).toContain('"64.4993"');
    cleanup();
    networkDown();
    renderApp('/converter');
    expect(await screen.findByText('Offline — using rates of 26 March 2019 saved on this device.')).toBeInTheDocument();
    expect(result()).toHaveTextContent('100 USD = 6,449.93 RUB');
  });

  it('says the rates could not be updated when the server fails, still converting with the saved ones', async () => {
    await openConverter();
    cleanup();
    apiServer.use(http.get('*/api/rates', () => HttpResponse.json({ error: { code: 'internal', message: 'The server had a problem.' } }, { status: 500 })));
    renderApp('/converter');
    expect(await screen.findByText('The rates could not be updated — using rates of 26 March 2019 saved on this device.')).toBeInTheDocument();
  });

  it('explains that nothing was saved yet, with Retry that recovers', async () => {
    const user = userEvent.setup();
    let down = true;
    apiServer.use(http.get('*/api/rates', () => (down ? HttpResponse.error() : undefined)));
    renderApp('/converter');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You are offline, and this device has no saved Bank of Russia rates yet.');
    down = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(result()).toHaveTextContent('100 USD = 6,449.93 RUB'));
  });

  it('ignores damaged saved rates rather than converting with them', async () => {
    localStorage.setItem('newswire.rates.cbr', JSON.stringify({ savedAt: '2026-01-01T00:00:00.000Z', rates: { source: 'cbr', base: 'RUB', date: '2019-03-26', rates: [{ code: 'USD', name: 'x', nominal: 1, value: 'NaN' }] } }));
    networkDown();
    renderApp('/converter');
    expect(await screen.findByRole('alert')).toHaveTextContent('no saved Bank of Russia rates yet');
  });
});
