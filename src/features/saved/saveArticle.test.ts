import { describe, expect, it } from 'vitest';
import { Article, FeedPage } from '../../contract/schemas';
import { saveArticle } from './saveArticle';

async function anArticle(): Promise<Article> {
  const feed = FeedPage.parse(await (await fetch('http://localhost/api/feed?limit=20')).json());
  const withPhoto = feed.items.find((item) => item.image !== undefined)!;
  return Article.parse(await (await fetch(`http://localhost/api/articles/${String(withPhoto.id)}`)).json());
}

describe('saving an article', () => {
  it('stores the article as the API gave it with its photo', async () => {
    const article = await anArticle();
    const stored: unknown[] = [];
    const photo = new Blob(['webp bytes'], { type: 'image/webp' });
    const outcome = await saveArticle({ ...article, savedAt: '2026-01-01T00:00:00Z' } as Article, () => Promise.resolve(photo), (a, p) => {
      stored.push(a, p);
      return Promise.resolve();
    });
    expect(outcome).toEqual({ saved: true, photo: 'kept' });
    expect(stored).toEqual([article, photo]); // without the copy's extra fields
  });

  it('says when the photo could not be kept', async () => {
    const outcome = await saveArticle(await anArticle(), () => Promise.resolve(null), () => Promise.resolve());
    expect(outcome).toEqual({ saved: true, photo: 'not-kept' });
  });

  it('shows a full device to the reader instead of swallowing it', async () => {
    const outcome = await saveArticle(await anArticle(), () => Promise.resolve(null), () => Promise.reject(new DOMException('quota', 'QuotaExceededError')));
    expect(outcome.saved).toBe(false);
    expect(outcome.saved ? '' : outcome.message).toMatch(/^Not saved: this device has no room left for Newswire\. Remove articles/);
  });

  it('explains any other refusal', async () => {
    const outcome = await saveArticle(await anArticle(), () => Promise.resolve(null), () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError')));
    expect(outcome).toEqual({ saved: false, message: 'Not saved: this browser refused to store the article (The operation is insecure.). Private windows may not allow it.' });
  });
});
