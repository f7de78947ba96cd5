// `npm run bench:images`: the pictures pipeline (src/server/images/encodePicture.ts) over generated
// photo-like JPEGs of common sizes — time per picture, bytes stored against the original, and the
// process's memory high-water mark; then what AVIF at the same widths would cost in time, against
// WebP (issue 17: AVIF only if it takes at most twice WebP's time).
import sharp from 'sharp';
import { encodePicture, storedWidths } from '../src/server/images/encodePicture';
import { photoJpeg } from '../src/server/images/generatedPictures';

const SIZES: [number, number][] = [[640, 480], [1280, 720], [1600, 900], [1920, 1080], [3000, 2000], [4032, 3024]];
const RUNS = 3;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

async function avifAt(input: Buffer, width: number): Promise<void> {
  for (const target of storedWidths(width)) {
    await sharp(input, { failOn: 'error', sequentialRead: true }).rotate().resize({ width: target, withoutEnlargement: true }).avif({ quality: 50, effort: 4 }).toBuffer();
  }
}

console.log(`pictures pipeline, best of ${String(RUNS)} runs, sharp ${sharp.versions.sharp} / libvips ${sharp.versions.vips}, concurrency ${String(sharp.concurrency())}`);
let totalIn = 0;
let totalOut = 0;
let webpMs = 0;
let avifMs = 0;
for (const [width, height] of SIZES) {
  const original = await photoJpeg(width, height);
  let encoded = await encodePicture(original);
  const ms = await timed(async () => {
    encoded = await encodePicture(original);
  });
  const avif = await timed(() => avifAt(original, width));
  const stored = encoded.files.reduce((n, f) => n + f.bytes.length, 0);
  const largest = encoded.files.at(-1)?.bytes.length ?? 0;
  totalIn += original.length;
  totalOut += largest;
  webpMs += ms;
  avifMs += avif;
  console.log(
    `  ${`${String(width)}×${String(height)}`.padEnd(10)} original ${kb(original.length).padStart(9)} → WebP ${encoded.files.map((f) => `${String(f.width)}w ${kb(f.bytes.length)}`).join(', ')} (all widths ${kb(stored)}; largest ${((100 * largest) / original.length).toFixed(0)}% of the original) in ${ms.toFixed(0)} ms; AVIF would take ${avif.toFixed(0)} ms (${(avif / ms).toFixed(1)}×)`,
  );
}
console.log(`  total: largest widths ${kb(totalOut)} for ${kb(totalIn)} of originals (${((100 * totalOut) / totalIn).toFixed(0)}%); WebP ${webpMs.toFixed(0)} ms, AVIF ${avifMs.toFixed(0)} ms (${(avifMs / webpMs).toFixed(1)}× WebP)`);
// maxRSS is in KiB on Linux: the whole process, generated originals included.
console.log(`  memory high-water mark (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
