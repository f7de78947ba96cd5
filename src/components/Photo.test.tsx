import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Photo } from './Photo';

const base = { src: '/images/feeds/0123456789abcdef0123456789abcdef-1200.webp', alt: 'A harbour', width: 1200, height: 675 };

describe('Photo', () => {
  it("links a feed photo's credit to the original picture, in a new tab", () => {
    render(<Photo image={{ ...base, credit: 'Agency', sourceUrl: 'https://photos.example/harbour.jpg' }} sizes="100vw" withCaption />);
    const link = screen.getByRole('link', { name: 'Agency' });
    expect(link.getAttribute('href')).toBe('https://photos.example/harbour.jpg');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByRole('img', { name: 'A harbour' }).getAttribute('src')).toBe(base.src);
  });

  it('names the site a photo came from when the feed gave no credit', () => {
    render(<Photo image={{ ...base, sourceUrl: 'https://photos.example/harbour.jpg' }} sizes="100vw" withCaption />);
    expect(screen.getByRole('link', { name: 'photos.example' }).getAttribute('href')).toBe('https://photos.example/harbour.jpg');
  });

  it('shows a plain credit for the demo photos, and never links a source that is not a web address', () => {
    const { unmount } = render(<Photo image={{ ...base, credit: 'Newswire' }} sizes="100vw" withCaption />);
    expect(screen.getByText('Newswire').closest('a')).toBeNull();
    unmount();
    render(<Photo image={{ ...base, credit: 'Agency', sourceUrl: 'javascript:alert(1)' }} sizes="100vw" withCaption />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Agency')).toBeTruthy();
  });
});
