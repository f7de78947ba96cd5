import { fetchFeed, type FetchOptions } from '../ingest/fetchFeed';
import { IngestFailure } from '../ingest/IngestFailure';
import { PICTURE_LIMITS } from './pictureLimits';
import { PictureRefusal } from './PictureRefusal';

const ACCEPT = 'image/avif, image/webp, image/jpeg, image/png, image/gif, image/*;q=0.8';

/**
 * Fetches a picture with the feed fetcher (its address rules and redirects) within the picture limits:
 * 20 MiB, 20 s (`timeoutMs`, shorter in tests). Refuses an answer that says it is not a picture; throws a PictureRefusal.
 */
export async function fetchPicture(url: string, options: FetchOptions, timeoutMs: number = PICTURE_LIMITS.timeoutMs): Promise<Uint8Array> {
  try {
    const fetched = await fetchFeed(url, {
      ...options,
      maxBytes: PICTURE_LIMITS.maxBytes,
      timeoutMs,
      accept: ACCEPT,
      expected: 'a picture',
      acceptTypes: (type) => type.startsWith('image/') || type === 'application/octet-stream' || type === 'binary/octet-stream',
    });
    if (fetched.status !== 'ok') throw new PictureRefusal('the server answered 304 to a request that was not conditional');
    return fetched.bytes;
  } catch (error) {
    if (error instanceof IngestFailure) throw new PictureRefusal(error.message, { transient: error.network });
    throw error;
  }
}
