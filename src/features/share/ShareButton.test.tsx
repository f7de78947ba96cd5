import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareButton } from './ShareButton';
import { shareLinks } from './shareLinks';

const URL_ = 'https://news.example/politics/927473';
const TITLE = 'Talks "resume" in Geneva & Vienna — 2nd round?';

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'share');
});

describe('shareLinks', () => {
  it('encodes the canonical URL and the title for every target', () => {
    const links = Object.fromEntries(shareLinks(URL_, TITLE).map((l) => [l.name, new URL(l.href)]));
    expect(links.Telegram?.searchParams.get('url')).toBe(URL_);
    expect(links.Telegram?.searchParams.get('text')).toBe(TITLE);
    expect(links.X?.searchParams.get('url')).toBe(URL_);
    expect(links.X?.searchParams.get('text')).toBe(TITLE);
    expect(links.Facebook?.searchParams.get('u')).toBe(URL_);
    expect(links.VK?.searchParams.get('url')).toBe(URL_);
    expect(links.VK?.searchParams.get('title')).toBe(TITLE);
    expect(links.Email?.protocol).toBe('mailto:');
    expect(links.Email?.searchParams.get('subject')).toBe(TITLE);
    expect(links.Email?.searchParams.get('body')).toContain(URL_);
    for (const l of Object.values(links)) expect(l.href).not.toMatch(/[ "&]{2}|"/);
  });
});

describe('Share', () => {
  it('uses the Web Share API where the browser has it', async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    render(<ShareButton url={URL_} title={TITLE} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({ title: TITLE, url: URL_ });
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
  });

  it('offers a menu otherwise, and copies the link with feedback', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ShareButton url={URL_} title={TITLE} />);
    const button = screen.getByRole('button', { name: 'Share' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    for (const name of ['Email', 'Telegram', 'X', 'Facebook', 'VK']) {
      const link = screen.getByRole('link', { name: new RegExp(`^${name}\\W*\\(opens in a new tab\\)$`) });
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(URL_);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('falls back to a selectable field when the clipboard is refused', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }, configurable: true });
    render(<ShareButton url={URL_} title={TITLE} />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent('did not allow copying');
    expect(within(document.body).getByRole('textbox', { name: 'Link to this article' })).toHaveValue(URL_);
  });

  it('opens the menu when the share sheet fails for another reason than the reader closing it', async () => {
    Object.defineProperty(navigator, 'share', { value: () => Promise.reject(new TypeError('not allowed')), configurable: true });
    render(<ShareButton url={URL_} title={TITLE} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeVisible();
  });
});
