import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { PICTURE_LIMITS, PICTURE_WIDTHS } from './pictureLimits';
import { PictureRefusal } from './PictureRefusal';

// libvips keeps decoded images in an operation cache and runs one thread per core by default; in an
// ingest worker neither pays off (each picture is seen once) and both raise the memory high-water mark.
sharp.cache(false);
sharp.concurrency(1);

/** Formats a feed's picture may come in. SVG is not one: a script-capable document is never rasterised from a feed. */
const FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'avif', 'heif', 'tiff']);

/** A checked picture, re-encoded to WebP at each stored width, without its metadata. */
export interface EncodedPicture {
  /** Content address: the SHA-256 of the original bytes (hex, 32 characters). */
  key: string;
  /** Size of the largest stored width. */
  width: number;
  height: number;
  /** Each stored width and its WebP bytes, narrowest first. */
  files: { width: number; bytes: Buffer }[];
}

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The stored widths for a picture `width` pixels wide: those of PICTURE_WIDTHS below it, and its own (at most the largest). */
export function storedWidths(width: number): number[] {
  const largest = PICTURE_WIDTHS.at(-1) ?? width;
  return [...new Set([...PICTURE_WIDTHS.filter((w) => w < width), Math.min(width, largest)])];
}

/**
 * Decodes `bytes` with sharp after checking its header (format, size, animation), then writes WebP at
 * the stored widths: auto-rotated, EXIF/GPS/XMP and ICC profiles dropped (sharp keeps none unless asked).
 * Throws a PictureRefusal saying why a picture is not kept.
 */
export async function encodePicture(bytes: Uint8Array): Promise<EncodedPicture> {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (input.length === 0) throw new PictureRefusal('the file is empty');
  // The header alone: nothing is decoded yet, so a decompression bomb costs its header's bytes.
  let meta;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : '';
    // libvips names a known format whose header is broken (a size of zero, say); anything else is not a picture.
    if (/unsupported image format/i.test(message)) throw new PictureRefusal('not a picture (no image format sharp can read)');
    throw new PictureRefusal(`a picture with a corrupt header (${message.replace(/:\s*$/, '').slice(0, 160)})`);
  }
  if (meta.format === 'svg') throw new PictureRefusal('an SVG picture: feeds\' SVG is never rasterised');
  if (!FORMATS.has(meta.format)) throw new PictureRefusal(`a ${meta.format} file, not a photo format (JPEG, PNG, WebP, GIF, AVIF, HEIF, TIFF)`);
  const pages = meta.pages ?? 1;
  const width = meta.width;
  const height = meta.pageHeight ?? meta.height;
  if (width <= 0 || height <= 0) throw new PictureRefusal(`the picture has no size (${String(width)} × ${String(height)})`);
  if (width > PICTURE_LIMITS.maxSide || height > PICTURE_LIMITS.maxSide || width * height > PICTURE_LIMITS.maxPixels) {
    throw new PictureRefusal(`the picture is ${String(width)} × ${String(height)} pixels, more than the limit of ${String(PICTURE_LIMITS.maxPixels / 1_000_000)} megapixels (${String(PICTURE_LIMITS.maxSide)} a side)`);
  }
  const animated = pages > 1;
  if (animated && input.length > PICTURE_LIMITS.maxAnimatedBytes) {
    throw new PictureRefusal(`an animation of ${mb(input.length)}, more than the limit of ${mb(PICTURE_LIMITS.maxAnimatedBytes)}`);
  }
  const files: EncodedPicture['files'] = [];
  let size = { width, height };
  for (const target of storedWidths(width)) {
    // failOn 'error': a truncated or corrupt file fails here instead of becoming a half-grey picture.
    // limitInputPixels: libvips' own guard, should a header lie about the size checked above.
    const pipeline = sharp(input, { failOn: 'error', limitInputPixels: PICTURE_LIMITS.maxPixels * Math.max(1, pages), sequentialRead: true, animated })
      .rotate()
      .resize({ width: target, withoutEnlargement: true })
      .webp({ quality: 78, effort: 4 });
    let out;
    try {
      out = await pipeline.toBuffer({ resolveWithObject: true });
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
      throw new PictureRefusal(`the picture cannot be decoded (${/truncat|premature|end of|short/i.test(message) ? 'the file is truncated' : message.slice(0, 160)})`);
    }
    files.push({ width: target, bytes: out.data });
    size = { width: out.info.width, height: out.info.pageHeight ?? out.info.height };
  }
  return { key: createHash('sha256').update(input).digest('hex').slice(0, 32), ...size, files };
}
