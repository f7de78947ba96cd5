// Renders the app icons (manifest, home screen) from SVG with Chromium, so they are made for the
// project and can be made again: `node --import tsx scripts/makeIcons.ts` writes public/icons/*.png.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/e2e/browser';
import { chromiumPath } from '../test/e2e/chromiumPath';

const NAVY = '#12305a';
const RED = '#c4122f';

// The "N" of the favicon on the brand navy, with the red rule of the masthead under it. `inset` is
// the share of the canvas kept around the glyph: maskable icons must keep it inside the central
// 80 % circle that launchers may cut out, so theirs is wider and the background fills the square.
function iconSvg(size: number, { inset, rounded }: { inset: number; rounded: boolean }): string {
  const glyph = size * (1 - 2 * inset);
  const scale = glyph / 64;
  const offset = size * inset;
  const radius = rounded ? size * 0.1875 : 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${radius}" fill="${NAVY}"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})">
    <path d="M16 46V12h7.5l15 21.5V12H46v34h-7.5l-15-21.5V46z" fill="#fff"/>
    <rect x="16" y="50" width="30" height="4" fill="${RED}"/>
  </g>
</svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, inset: 0.12, rounded: true },
  { file: 'icon-512.png', size: 512, inset: 0.12, rounded: true },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.25, rounded: false },
  { file: 'apple-touch-icon-180.png', size: 180, inset: 0.16, rounded: false },
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${iconSvg(icon.size, icon)}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(`public/icons/${icon.file}`, png);
    console.log(`public/icons/${icon.file}  ${String(icon.size)}×${String(icon.size)}  ${String(png.length)} bytes`);
  }
} finally {
  await browser.close();
}
