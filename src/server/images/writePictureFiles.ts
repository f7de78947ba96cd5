import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EncodedPicture } from './encodePicture';

/** The file name of a stored picture at one width, under the pictures directory. */
export function pictureFileName(key: string, width: number): string {
  return `${key}-${String(width)}.webp`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes each width of `picture` under `dir` by its content key; a file already there is the same
 * picture and is left alone. Each file is written beside its final name and renamed, so a reader
 * (or a crash) never meets half a picture.
 */
export async function writePictureFiles(dir: string, picture: EncodedPicture): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const file of picture.files) {
    const path = join(dir, pictureFileName(picture.key, file.width));
    if (await exists(path)) continue;
    const partial = `${path}.${String(process.pid)}.${String(Math.random()).slice(2)}.part`;
    await writeFile(partial, file.bytes);
    await rename(partial, path);
  }
}
