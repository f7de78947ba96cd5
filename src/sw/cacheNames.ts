// Names shared by the service worker and the page (Cache Storage is readable from both). Versioned
// so that a future change of format starts clean instead of reading old entries.

/** Runtime cache of API lists (feed, sections, top stories, most read, topics, persons, galleries). */
export const LIST_CACHE = 'newswire-lists-v1';
/** Runtime cache of the articles the reader opened (the last 20). */
export const ARTICLE_CACHE = 'newswire-articles-v1';
/** Runtime cache of pictures. */
export const IMAGE_CACHE = 'newswire-images-v1';
/** Articles (and their photos) fetched in the background from the reader's sections. */
export const PREFETCH_CACHE = 'newswire-prefetch-v1';
/** Response header the service worker adds to every copy it stores: when the copy was fetched (ISO 8601). */
export const SAVED_AT_HEADER = 'X-Newswire-Saved-At';
/** Request header of the app's background downloads: the service worker lets them through untouched. */
export const BACKGROUND_HEADER = 'X-Newswire-Background';
