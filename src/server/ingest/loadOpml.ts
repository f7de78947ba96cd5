import { readFile, stat } from 'node:fs/promises';
import { decodeFeedBytes } from './decodeFeedBytes';
import { fetchFeed, type FetchOptions } from './fetchFeed';
import { IngestFailure } from './IngestFailure';
import { isUrl } from './ingestFeed';
import { OpmlError, readOpml } from './readOpml';
import type { FeedSource } from './sourcesFile';

const OPML_TYPES = new Set(['text/x-opml', 'application/xml', 'text/xml', 'text/plain', 'application/octet-stream']);

async function opmlBytes(target: string, options: FetchOptions): Promise<{ bytes: Uint8Array; contentType?: string }> {
  if (isUrl(target)) {
    const fetched = await fetchFeed(target, {
      ...options,
      expected: 'an OPML document',
      accept: 'text/x-opml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
      acceptTypes: (type) => OPML_TYPES.has(type) || type.endsWith('+xml'),
    });
    if (fetched.status !== 'ok') throw new IngestFailure('the server answered "not modified" to a request that was not conditional');
    return fetched.contentType === undefined ? { bytes: fetched.bytes } : { bytes: fetched.bytes, contentType: fetched.contentType };
  }
  let size: number;
  try {
    size = (await stat(target)).size;
  } catch {
    throw new IngestFailure('no such file');
  }
  if (size > options.maxBytes) throw new IngestFailure(`the file is ${String(size)} bytes, more than the limit of ${String(options.maxBytes)}`);
  return { bytes: new Uint8Array(await readFile(target)) };
}

/**
 * The feeds an OPML file or http(s) URL lists (URLs through the feeds' safe fetcher). Throws an
 * OpmlError naming the document, and the line when the document itself is at fault.
 */
export async function loadOpml(target: string, options: FetchOptions): Promise<FeedSource[]> {
  let document;
  try {
    document = await opmlBytes(target, options);
  } catch (error) {
    throw new OpmlError(`${target}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return readOpml(decodeFeedBytes(document.bytes, document.contentType).text, target);
}
