import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from 'hono';

const FILE = /^([0-9a-f]{32})-([1-9]\d{0,4})\.webp$/;

/**
 * GET /images/feeds/{key}-{width}.webp: a stored picture of a feed. Its name is its content, so it is
 * cached for a year, immutable; a name that is not one of ours, or a file not stored, is a 404.
 */
export function servePictures(dir: string) {
  return async (c: Context) => {
    const name = c.req.param('file') ?? '';
    if (!FILE.test(name)) return c.text('Not found', 404, { 'Cache-Control': 'public, max-age=60' });
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, name));
    } catch {
      return c.text('Not found', 404, { 'Cache-Control': 'public, max-age=60' });
    }
    return c.body(new Uint8Array(bytes), 200, { 'Content-Type': 'image/webp', 'Cache-Control': 'public, max-age=31536000, immutable', 'Content-Length': String(bytes.length) });
  };
}
