import { gzipAsync } from '@gfx/zopfli';
import { brotliCompressSync, constants } from 'node:zlib';

/**
 * The encodings the server sends built files in: gzip made with Zopfli (a deflate encoder that spends
 * build time to save the reader bytes: about 4% smaller than gzip -9, readable by every gzip client)
 * and brotli at its highest quality.
 */
export async function compressed(data: Uint8Array): Promise<{ gzip: Uint8Array; br: Uint8Array }> {
  const gzip = await gzipAsync(data, { numiterations: 15 });
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  return { gzip, br };
}
