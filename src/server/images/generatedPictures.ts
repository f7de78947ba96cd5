import { crc32, createDeflate } from 'node:zlib';
import sharp from 'sharp';

// Pictures made on the spot for the tests and the bench: photos of common sizes, and the hostile
// files a feed may carry. Nothing here is read from disk.

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A 1-bit greyscale PNG of `width` × `height` whose every row is black: a decompression bomb when large
 * (40,000 × 40,000 is 1.6 gigapixels, a few hundred KB of file). `rows` limits the rows actually encoded.
 */
export async function pngOfSize(width: number, height: number, rows = height): Promise<Buffer> {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  const rowBytes = 1 + Math.ceil(width / 8);
  // Streamed a few MB at a time, so that making a bomb does not itself take its decoded size in memory
  // (and does not make 40,000 tiny writes: the rows are all alike, one block of them is written again).
  const rowsPerBlock = Math.max(1, Math.min(rows, Math.floor((4 << 20) / rowBytes)));
  const block = Buffer.alloc(rowBytes * rowsPerBlock);
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  for (let left = rows; left > 0; left -= rowsPerBlock) {
    const part = left >= rowsPerBlock ? block : block.subarray(0, left * rowBytes);
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  const idat = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/** A photo-like JPEG (noise over a gradient, so it compresses like a photo), with EXIF and GPS tags to strip. */
export async function photoJpeg(width: number, height: number, quality = 85): Promise<Buffer> {
  const noise = await sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 120, sigma: 40 } } }).blur(1.2).png({ compressionLevel: 0 }).toBuffer();
  return sharp(noise)
    .modulate({ saturation: 1.4 })
    .jpeg({ quality })
    .withExif({ IFD0: { Copyright: 'Agency', Artist: 'Photographer' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 45/1 0/1' } })
    .toBuffer();
}

/** An animated lossless WebP of `frames` noisy frames (noise does not compress: about 3 bytes a pixel a frame). */
export async function animatedWebp(width: number, height: number, frames: number): Promise<Buffer> {
  const frame = (seed: number) => sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 100 + seed, sigma: 80 } } }).png({ compressionLevel: 0 }).toBuffer();
  const images = await Promise.all(Array.from({ length: frames }, (_, i) => frame(i)));
  // effort 0: GIF's quantizer takes ~25 s over such frames; lossless WebP at the lowest effort, under a second.
  return sharp(images, { join: { animated: true } }).webp({ lossless: true, effort: 0 }).toBuffer();
}
