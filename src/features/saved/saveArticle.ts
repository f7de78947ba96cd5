import { Article } from '../../contract/schemas';
import { isQuotaError, putSavedArticle } from '../../lib/savedStore';

/** The outcome of saving: saved (and whether the photo came along), or a reason for the reader. */
export type SaveOutcome = { saved: true; photo: 'kept' | 'none' | 'not-kept' } | { saved: false; message: string };

const QUOTA_MESSAGE =
  'Not saved: this device has no room left for Newswire. Remove articles you no longer need from Saved for later, or free up space on the device, and try again.';

// Photos hosted by other sites cannot be fetched by the page (the app's Content-Security-Policy
// allows connections to its own server only), so only the app's own photos are kept.
async function fetchPhoto(src: string | undefined): Promise<Blob | null> {
  if (src === undefined) return null;
  const url = new URL(src, window.location.href);
  if (url.origin !== window.location.origin) return null;
  try {
    const response = await fetch(url);
    const type = response.headers.get('Content-Type') ?? '';
    return response.ok && type.startsWith('image/') ? await response.blob() : null;
  } catch {
    return null;
  }
}

/** Saves an article with its main photo on this device; a full device is reported, never swallowed. */
export async function saveArticle(article: Article, savePhoto = fetchPhoto, put = putSavedArticle): Promise<SaveOutcome> {
  const photo = await savePhoto(article.image?.src);
  try {
    await put(Article.parse(article), photo);
  } catch (error) {
    if (isQuotaError(error)) return { saved: false, message: QUOTA_MESSAGE };
    const detail = (error instanceof Error || error instanceof DOMException) && error.message !== '' ? ` (${error.message})` : '';
    return { saved: false, message: `Not saved: this browser refused to store the article${detail}. Private windows may not allow it.` };
  }
  return { saved: true, photo: article.image === undefined ? 'none' : photo === null ? 'not-kept' : 'kept' };
}
