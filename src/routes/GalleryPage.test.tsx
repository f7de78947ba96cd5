import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';

async function openFirstGallery() {
  const user = userEvent.setup();
  const rendered = renderApp('/galleries');
  const counter = (await screen.findAllByText(/^\d+ photos$/))[0]!;
  const first = counter.closest('li')!;
  const count = Number(counter.textContent.split(' ')[0]);
  const link = within(first).getByRole('link');
  await user.click(link);
  await screen.findByRole('heading', { level: 1, name: link.textContent });
  return { user, count, ...rendered };
}

describe('Photo galleries', () => {
  it('lists the galleries with their photo counts', async () => {
    renderApp('/galleries');
    expect(await screen.findByRole('heading', { level: 1, name: 'Photo galleries' })).toBeInTheDocument();
    const counts = (await screen.findAllByText(/^\d+ photos$/)).map((el) => Number(el.textContent.split(' ')[0]));
    expect(counts.length).toBeGreaterThanOrEqual(3);
    for (const n of counts) expect(n).toBeGreaterThanOrEqual(6);
  });

  it('opens a photo in the lightbox, moves with the arrow keys, closes with Escape back to its thumbnail', async () => {
    const { user, count, router } = await openFirstGallery();
    const thumbs = screen.getAllByRole('link', { name: /^Photo \d+ of \d+: / });
    expect(thumbs).toHaveLength(count);
    await user.click(thumbs[2]!);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(`3 of ${String(count)}`)).toBeInTheDocument();
    expect(router.location.search).toBe('?photo=3');
    expect(router.navigationType).toBe('PUSH');
    expect(within(dialog).getByRole('link', { name: 'Close' })).toHaveFocus();
    expect(within(dialog).getByText('Newswire illustration')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(within(dialog).getByText(`4 of ${String(count)}`)).toBeInTheDocument());
    expect(router.location.search).toBe('?photo=4');
    expect(router.navigationType).toBe('REPLACE');
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    await waitFor(() => expect(router.location.search).toBe(`?photo=${String(count)}`)); // round from the first to the last
    await user.click(within(dialog).getByRole('link', { name: 'Next photo' }));
    await waitFor(() => expect(router.location.search).toBe('?photo=1'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(router.location.search).toBe('');
    expect(screen.getAllByRole('link', { name: /^Photo \d+ of \d+: / })[0]).toHaveFocus();
  });

  it('keeps keyboard focus inside the lightbox', async () => {
    const { user } = await openFirstGallery();
    await user.click(screen.getAllByRole('link', { name: /^Photo \d+ of \d+: / })[0]!);
    const dialog = await screen.findByRole('dialog');
    for (let i = 0; i < 5; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.tab({ shift: true });
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('opens a shared link on its photo, and explains a photo number that does not exist', async () => {
    const { router } = await openFirstGallery();
    const path = router.location.pathname;
    const { unmount } = renderApp(`${path}?photo=2`);
    expect(await screen.findByRole('dialog')).toHaveTextContent(/2 of \d+/);
    unmount();
    renderApp(`${path}?photo=99`);
    expect(await screen.findByText(/There is no photo “99” in this gallery: it has \d+ photos/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says Not found for an unknown gallery', async () => {
    renderApp('/galleries/424242');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
