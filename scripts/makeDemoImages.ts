/// <reference lib="dom" />
/**
 * Renders the project's demo illustrations (see docs/demo-images.md) to
 * public/images/demo/{name}-{480,800,1200}.webp.
 *
 * Run:  node_modules/.bin/tsx scripts/makeDemoImages.ts [name ...]
 * (no names = all). Needs Chromium at /usr/bin/chromium (driven by playwright-core).
 *
 * Every picture is hand-written Canvas 2D code drawn at 1200x675 inside the page and
 * downscaled there. Drawing is deterministic: all randomness comes from a PRNG seeded
 * with the image name. The drawing functions below run in the browser: they are
 * serialised with Function.prototype.toString and injected into the page, so they
 * must only use their arguments, the page's DOM, W/H and each other.
 */
import { chromium } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const W = 1200;
export const H = 675;
const WIDTHS = [480, 800, 1200] as const;
const QUALITY = 0.8;
/** Upper bounds in bytes per width; quality is lowered in small steps if a file is larger. */
const BUDGET: Readonly<Record<number, number>> = { 480: 25_000, 800: 52_000, 1200: 90_000 };
const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/images/demo');

export type Ctx = CanvasRenderingContext2D;
export type Rnd = () => number;
export type Paint = string | CanvasGradient | CanvasPattern;
export type Pt = readonly [number, number];
export type Stops = readonly (readonly [number, string])[];
export type Scene = (c: Ctx, r: Rnd) => void;

// ---------------------------------------------------------------------------
// Drawing kit (runs in the page)
// ---------------------------------------------------------------------------

export function mulberry32(seed: number): Rnd {
  let a = seed >>> 0;
  return function next(): number {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random number in [a, b). */
export function rn(r: Rnd, a: number, b: number): number {
  return a + (b - a) * r();
}

export function pick<T>(r: Rnd, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length) % xs.length] as T;
}

export function lin(c: Ctx, x0: number, y0: number, x1: number, y1: number, stops: Stops): CanvasGradient {
  const g = c.createLinearGradient(x0, y0, x1, y1);
  for (const [o, col] of stops) g.addColorStop(o, col);
  return g;
}

export function rad(c: Ctx, x: number, y: number, r1: number, stops: Stops, r0 = 0): CanvasGradient {
  const g = c.createRadialGradient(x, y, r0, x, y, r1);
  for (const [o, col] of stops) g.addColorStop(o, col);
  return g;
}

export function rect(c: Ctx, x: number, y: number, w: number, h: number, fill: Paint): void {
  c.fillStyle = fill;
  c.fillRect(x, y, w, h);
}

export function tracePoly(c: Ctx, pts: readonly Pt[]): void {
  c.beginPath();
  pts.forEach(([x, y], i) => (i === 0 ? c.moveTo(x, y) : c.lineTo(x, y)));
  c.closePath();
}

export function poly(c: Ctx, pts: readonly Pt[], fill: Paint): void {
  tracePoly(c, pts);
  c.fillStyle = fill;
  c.fill();
}

export function circle(c: Ctx, x: number, y: number, radius: number, fill: Paint): void {
  c.beginPath();
  c.arc(x, y, Math.max(0, radius), 0, Math.PI * 2);
  c.fillStyle = fill;
  c.fill();
}

export function ellipse(c: Ctx, x: number, y: number, rx: number, ry: number, fill: Paint, rot = 0): void {
  c.beginPath();
  c.ellipse(x, y, Math.max(0, rx), Math.max(0, ry), rot, 0, Math.PI * 2);
  c.fillStyle = fill;
  c.fill();
}

export function rrect(c: Ctx, x: number, y: number, w: number, h: number, radius: number | number[], fill: Paint): void {
  c.beginPath();
  c.roundRect(x, y, w, h, radius);
  c.fillStyle = fill;
  c.fill();
}

export function line(c: Ctx, x0: number, y0: number, x1: number, y1: number, stroke: Paint, width: number, cap: CanvasLineCap = 'butt'): void {
  c.beginPath();
  c.moveTo(x0, y0);
  c.lineTo(x1, y1);
  c.strokeStyle = stroke;
  c.lineWidth = width;
  c.lineCap = cap;
  c.stroke();
}

export function polyline(c: Ctx, pts: readonly Pt[], stroke: Paint, width: number): void {
  c.beginPath();
  pts.forEach(([x, y], i) => (i === 0 ? c.moveTo(x, y) : c.lineTo(x, y)));
  c.strokeStyle = stroke;
  c.lineWidth = width;
  c.lineJoin = 'round';
  c.lineCap = 'round';
  c.stroke();
}

/** Soft radial light; rgb is "r,g,b". */
export function glow(c: Ctx, x: number, y: number, radius: number, rgb: string, alpha: number): void {
  c.fillStyle = rad(c, x, y, radius, [
    [0, `rgba(${rgb},${alpha})`],
    [0.35, `rgba(${rgb},${alpha * 0.45})`],
    [1, `rgba(${rgb},0)`],
  ]);
  c.fillRect(x - radius, y - radius, radius * 2, radius * 2);
}

/** Vertical sky (or wall) gradient over the whole frame. */
export function sky(c: Ctx, stops: Stops, y0 = 0, y1 = H): void {
  rect(c, 0, 0, W, H, lin(c, 0, y0, 0, y1, stops));
}

/** A light cone from (x, y) towards the span [xa, xb] at height y1. */
export function beam(c: Ctx, x: number, y: number, xa: number, xb: number, y1: number, rgb: string, alpha: number): void {
  poly(c, [[x - 4, y], [x + 4, y], [xb, y1], [xa, y1]], lin(c, x, y, (xa + xb) / 2, y1, [
    [0, `rgba(${rgb},${alpha})`],
    [1, `rgba(${rgb},0)`],
  ]));
}

/** Smooth rolling profile (hills, dunes, tree lines). */
export function profile(r: Rnd, y: number, amp: number, freq = 1, step = 8): Pt[] {
  const ph = [r(), r(), r(), r()].map((v) => v * Math.PI * 2);
  const pts: Pt[] = [];
  for (let x = -step; x <= W + step; x += step) {
    let v = 0;
    ph.forEach((p, k) => {
      v += Math.sin(x * 0.0035 * freq * (k * 1.9 + 1) + p) / (k + 1);
    });
    pts.push([x, y - v * amp * 0.55]);
  }
  return pts;
}

/** Jagged mountain profile by midpoint displacement. */
export function mountains(r: Rnd, y: number, amp: number, rough = 0.52): Pt[] {
  let pts: Pt[] = [[-20, y - r() * amp * 0.5], [W + 20, y - r() * amp * 0.5]];
  let disp = amp;
  for (let it = 0; it < 8; it++) {
    const next: Pt[] = [];
    for (let i = 0; i < pts.length - 1; i++) {
      const a = pts[i] as Pt;
      const b = pts[i + 1] as Pt;
      next.push(a, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + (r() - 0.5) * disp]);
    }
    next.push(pts[pts.length - 1] as Pt);
    pts = next;
    disp *= rough;
  }
  return pts;
}

/** Fill the area under a profile down to `bottom`. */
export function fillUnder(c: Ctx, pts: readonly Pt[], fill: Paint, bottom = H): void {
  const first = pts[0] as Pt;
  const last = pts[pts.length - 1] as Pt;
  poly(c, [...pts, [last[0], bottom], [first[0], bottom]], fill);
}

export function stars(c: Ctx, r: Rnd, n: number, yMax: number, size = 1.4, rgb = '255,250,235'): void {
  for (let i = 0; i < n; i++) {
    const x = r() * W;
    const y = Math.pow(r(), 1.3) * yMax;
    const s = Math.pow(r(), 3) * size + 0.35;
    circle(c, x, y, s, `rgba(${rgb},${rn(r, 0.35, 1)})`);
    if (s > size * 0.8) glow(c, x, y, s * 6, rgb, 0.25);
  }
}

/** A flat-bottomed cumulus cloud with a shaded base. */
export function cloud(c: Ctx, r: Rnd, x: number, y: number, s: number, light: string, shade: string): void {
  const puffs: [number, number, number][] = [];
  const n = 5 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    const px = x + (t - 0.5) * 2.4 * s + rn(r, -0.1, 0.1) * s;
    const pr = s * (0.35 + Math.sin(t * Math.PI) * rn(r, 0.35, 0.6));
    puffs.push([px, y - pr * 0.55, pr]);
  }
  // painted off-screen so the flat base can be shaded without touching the sky
  const off = document.createElement('canvas');
  off.width = Math.ceil(6 * s);
  off.height = Math.ceil(3 * s);
  const k = off.getContext('2d');
  if (!k) return;
  k.translate(3 * s - x, 3 * s - y);
  for (const [px, py, pr] of puffs) circle(k, px, py + pr * 0.12, pr, shade);
  for (const [px, py, pr] of puffs) circle(k, px - pr * 0.12, py - pr * 0.06, pr * 0.9, light);
  k.globalCompositeOperation = 'source-atop';
  rect(k, x - 3 * s, y - 0.35 * s, 6 * s, 0.35 * s, lin(k, 0, y - 0.35 * s, 0, y, [[0, 'rgba(255,255,255,0)'], [1, shade]]));
  c.drawImage(off, x - 3 * s, y - 3 * s);
}

export function pine(c: Ctx, x: number, base: number, h: number, fill: Paint): void {
  const w = h * 0.36;
  rect(c, x - w * 0.06, base - h * 0.12, w * 0.12, h * 0.12, fill);
  for (let i = 0; i < 4; i++) {
    const top = base - h + i * h * 0.2;
    const bot = base - h * 0.1 - (3 - i) * h * 0.13;
    const hw = w * (0.35 + i * 0.22);
    poly(c, [[x, top], [x + hw, bot], [x - hw, bot]], fill);
  }
}

export function pineRow(c: Ctx, r: Rnd, y: number, hMin: number, hMax: number, gap: number, fill: Paint, jitter = 14): void {
  for (let x = -20; x < W + 20; x += gap * rn(r, 0.6, 1.3)) {
    pine(c, x, y + rn(r, -jitter, jitter), rn(r, hMin, hMax), fill);
  }
}

/** Round-crowned tree. */
export function tree(c: Ctx, r: Rnd, x: number, base: number, h: number, dark: string, light: string): void {
  rect(c, x - h * 0.03, base - h * 0.45, h * 0.06, h * 0.45, dark);
  const cy = base - h * 0.62;
  for (let i = 0; i < 6; i++) {
    circle(c, x + rn(r, -0.22, 0.22) * h, cy + rn(r, -0.2, 0.15) * h, h * rn(r, 0.16, 0.26), dark);
  }
  for (let i = 0; i < 4; i++) {
    circle(c, x - h * 0.08 + rn(r, -0.12, 0.1) * h, cy - h * 0.1 + rn(r, -0.12, 0.05) * h, h * rn(r, 0.08, 0.14), light);
  }
}

/** Grid of windows with a share lit. */
export function windows(
  c: Ctx, r: Rnd, x: number, y: number, w: number, h: number,
  cols: number, rows: number, litShare: number, lit: readonly string[], dark: string,
): void {
  const cw = w / cols;
  const rh = h / rows;
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < rows; j++) {
      const on = r() < litShare;
      rect(c, x + i * cw + cw * 0.2, y + j * rh + rh * 0.22, cw * 0.6, rh * 0.56, on ? pick(r, lit) : dark);
    }
  }
}

/** A waving flag: the design is painted flat, then drawn in shaded vertical strips. */
export function flag(
  c: Ctx, x: number, y: number, w: number, h: number, phase: number, amp: number,
  paint: (f: Ctx, w: number, h: number) => void,
): void {
  const off = document.createElement('canvas');
  off.width = Math.ceil(w);
  off.height = Math.ceil(h);
  const f = off.getContext('2d');
  if (!f) return;
  paint(f, off.width, off.height);
  const sw = 2;
  const n = Math.ceil(off.width / sw);
  const top: Pt[] = [];
  const bottom: Pt[] = [];
  const shadeStops: [number, string][] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const a = phase + t * Math.PI * 2.2;
    const dy = Math.sin(a) * amp * t;
    const sx = Math.min(i * sw, off.width);
    const fh = h * (1 - 0.05 * t);
    if (i < n) c.drawImage(off, sx, 0, Math.min(sw, off.width - sx), off.height, x + sx, y + dy, sw + 0.5, fh);
    top.push([x + sx, y + dy]);
    bottom.push([x + sx, y + dy + fh]);
    const shade = Math.cos(a);
    shadeStops.push([t, shade > 0 ? `rgba(255,255,255,${shade * 0.18})` : `rgba(0,0,20,${-shade * 0.28})`]);
  }
  // one smooth shading pass over the whole waving cloth
  poly(c, [...top, ...bottom.reverse()], lin(c, x, 0, x + off.width, 0, shadeStops));
}

/** Five-pointed star centred on (x, y). */
export function star(c: Ctx, x: number, y: number, radius: number, fill: Paint): void {
  const pts: Pt[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 ? radius * 0.42 : radius;
    pts.push([x + Math.cos(a) * rr, y + Math.sin(a) * rr]);
  }
  poly(c, pts, fill);
}

/** Invented flag designs (each carries an emblem so that none is a real country's flag). */
export function flagDesign(k: number): (f: Ctx, w: number, h: number) => void {
  const designs: ((f: Ctx, w: number, h: number) => void)[] = [
    (f, w, h) => {
      rect(f, 0, 0, w, h / 3, '#1f5f8b'); rect(f, 0, h / 3, w, h / 3 + 1, '#f4efe2'); rect(f, 0, (2 * h) / 3, w, h / 3 + 1, '#c8553d');
      star(f, w / 2, h / 2, h * 0.14, '#e2a23a');
    },
    (f, w, h) => {
      rect(f, 0, 0, w, h, '#2a7a5a'); poly(f, [[0, 0], [w * 0.45, h / 2], [0, h]], '#f4efe2');
      circle(f, w * 0.15, h / 2, h * 0.11, '#d8423a'); rect(f, w * 0.45, h * 0.44, w * 0.55, h * 0.12, '#f2c14e');
    },
    (f, w, h) => {
      rect(f, 0, 0, w, h, '#6b2d5c'); rect(f, w * 0.28, 0, h * 0.22, h, '#f2c14e'); rect(f, 0, h * 0.39, w, h * 0.22, '#f2c14e');
    },
    (f, w, h) => {
      poly(f, [[0, 0], [w, 0], [0, h]], '#2c64b4'); poly(f, [[w, 0], [w, h], [0, h]], '#e8792f');
      poly(f, [[w * 0.85, 0], [w, 0], [w * 0.15, h], [0, h]], '#f4efe2');
    },
    (f, w, h) => {
      rect(f, 0, 0, w / 2, h / 2, '#f4efe2'); rect(f, w / 2, 0, w / 2, h / 2, '#1d3f7a');
      rect(f, 0, h / 2, w / 2, h / 2, '#1d3f7a'); rect(f, w / 2, h / 2, w / 2, h / 2, '#f4efe2');
      circle(f, w / 2, h / 2, h * 0.2, '#c8322f');
    },
    (f, w, h) => {
      rect(f, 0, 0, w, h / 2, '#1f6f6a'); rect(f, 0, h / 2, w, h / 2, '#f4efe2');
      circle(f, w * 0.5, h * 0.5, h * 0.17, '#e8792f');
      for (let i = 0; i < 12; i++) {
        const a = (i / 12) * Math.PI * 2;
        line(f, w / 2 + Math.cos(a) * h * 0.2, h / 2 + Math.sin(a) * h * 0.2, w / 2 + Math.cos(a) * h * 0.28, h / 2 + Math.sin(a) * h * 0.28, '#e8792f', h * 0.03);
      }
    },
    (f, w, h) => {
      rect(f, 0, 0, w / 3, h, '#8a1f3c'); rect(f, w / 3, 0, w / 3 + 1, h, '#f2c14e'); rect(f, (2 * w) / 3, 0, w / 3 + 1, h, '#2a3f7c');
      circle(f, w / 2, h / 2, h * 0.16, '#8a1f3c'); circle(f, w / 2, h / 2, h * 0.09, '#f2c14e');
    },
    (f, w, h) => {
      for (let i = 0; i < 5; i++) rect(f, 0, (i * h) / 5, w, h / 5 + 1, i % 2 ? '#f4efe2' : '#2a8a6a');
      poly(f, [[0, 0], [w * 0.36, h / 2], [0, h]], '#c8553d'); star(f, w * 0.11, h / 2, h * 0.12, '#f4efe2');
    },
  ];
  return designs[k % designs.length] ?? designs[0] ?? (() => undefined);
}

export function flagpole(c: Ctx, x: number, top: number, bottom: number, width: number): void {
  rect(c, x - width / 2, top, width, bottom - top, lin(c, x - width / 2, 0, x + width / 2, 0, [[0, '#f3e3b0'], [0.5, '#c99a45'], [1, '#6d4f22']]));
  circle(c, x, top - width, width * 1.3, '#e9c56a');
}

/** Standing figure in a suit, in profile, in units of its height; facing 1 = right. One arm reaches forward. */
export function suitFigure(c: Ctx, x: number, foot: number, h: number, facing: 1 | -1, fill: Paint, reach = true): void {
  c.save();
  c.translate(x, foot);
  c.scale((facing * h) / 100, h / 100);
  c.fillStyle = fill;
  c.strokeStyle = fill;
  // head and neck
  c.beginPath();
  c.moveTo(-3.6, -81.5);
  c.bezierCurveTo(-5.2, -85, -6.4, -88, -5.8, -92);
  c.bezierCurveTo(-5, -97.5, 3.5, -99, 5.6, -93.6);
  c.lineTo(6.2, -91.4);
  c.lineTo(7.5, -89.8);
  c.lineTo(6.3, -89.2);
  c.lineTo(6.3, -87.4);
  c.bezierCurveTo(6.3, -85.4, 4.6, -84.6, 3, -84.6);
  c.lineTo(3.2, -81.5);
  c.closePath();
  c.fill();
  // jacket
  c.beginPath();
  c.moveTo(-3.8, -82);
  c.bezierCurveTo(-7.5, -81.4, -9.4, -79.5, -9.6, -75);
  c.bezierCurveTo(-9.8, -66, -8.6, -56, -8.2, -46);
  c.lineTo(9.2, -46);
  c.bezierCurveTo(9.2, -54, 9.6, -64, 8.8, -73);
  c.bezierCurveTo(8.2, -78.5, 6, -81.4, 3.4, -82);
  c.closePath();
  c.fill();
  // trousers and shoes
  poly(c, [[-7.8, -47], [0.6, -47], [-0.4, -2.4], [-5.8, -2.4]], fill);
  poly(c, [[-0.6, -47], [8.4, -47], [7.6, -2.4], [2.2, -2.4]], fill);
  c.beginPath();
  c.moveTo(2, -2.8); c.lineTo(8, -2.8); c.quadraticCurveTo(13, -2, 13, 0); c.lineTo(2, 0); c.closePath();
  c.moveTo(-6.2, -2.8); c.lineTo(-0.2, -2.8); c.quadraticCurveTo(4.6, -2, 4.6, 0); c.lineTo(-6.2, 0); c.closePath();
  c.fill();
  // arm
  c.lineCap = 'round';
  c.lineJoin = 'round';
  c.lineWidth = 5.4;
  c.beginPath();
  if (reach) {
    c.moveTo(0.5, -77); c.quadraticCurveTo(6, -66, 9.5, -61.5); c.lineTo(19.5, -59);
  } else {
    c.moveTo(0, -77); c.lineTo(1.5, -62); c.lineTo(3, -49);
  }
  c.stroke();
  ellipse(c, reach ? 21.6 : 3.2, reach ? -58.8 : -47.6, 3.3, 2.5, fill, reach ? 0.15 : 1.4);
  c.restore();
}

/** Simple standing person seen from the front or back, feet at (x, foot). */
export function standingPerson(c: Ctx, x: number, foot: number, h: number, fill: Paint, head: Paint = fill): void {
  c.save();
  c.translate(x, foot);
  c.scale(h / 100, h / 100);
  c.beginPath();
  c.moveTo(-3.2, -84);
  c.lineTo(3.2, -84);
  c.bezierCurveTo(9, -83.5, 11.5, -81.5, 11.5, -76);
  c.lineTo(10.5, -60);
  c.lineTo(9, -46);
  c.lineTo(-9, -46);
  c.lineTo(-10.5, -60);
  c.lineTo(-11.5, -76);
  c.bezierCurveTo(-11.5, -81.5, -9, -83.5, -3.2, -84);
  c.closePath();
  c.fillStyle = fill;
  c.fill();
  poly(c, [[-8.6, -47], [-0.6, -47], [-1.4, -2], [-6.8, -2]], fill);
  poly(c, [[0.6, -47], [8.6, -47], [6.8, -2], [1.4, -2]], fill);
  ellipse(c, -4.4, -1.4, 4.2, 1.8, fill);
  ellipse(c, 4.4, -1.4, 4.2, 1.8, fill);
  line(c, -11, -74, -12.6, -50, fill, 5, 'round');
  line(c, 11, -74, 12.6, -50, fill, 5, 'round');
  ellipse(c, 0, -91, 6.4, 7.4, head);
  c.restore();
}

/** Final pass for the whole series: soft vignette and a fine monochrome grain. */
function finish(c: Ctx, r: Rnd): void {
  c.fillStyle = rad(c, W / 2, H * 0.52, W * 0.78, [[0, 'rgba(12,14,34,0)'], [0.55, 'rgba(12,14,34,0)'], [1, 'rgba(12,14,34,0.32)']], H * 0.2);
  c.fillRect(0, 0, W, H);
  const img = c.getImageData(0, 0, W, H);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    const n = (r() + r() - 1) * 7;
    d[i] = (d[i] ?? 0) + n;
    d[i + 1] = (d[i + 1] ?? 0) + n;
    d[i + 2] = (d[i + 2] ?? 0) + n;
  }
  c.putImageData(img, 0, 0);
}

/** FNV-1a hash of a name, used as the seed of its drawing. */
function seedOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Draws one scene at W x H onto a canvas kept in the page (id "scene"). */
function drawScene(fnName: string, seed: number): void {
  const scene = (globalThis as unknown as Record<string, Scene | undefined>)[fnName];
  if (!scene) throw new Error(`no scene function ${fnName}`);
  document.getElementById('scene')?.remove();
  const canvas = document.createElement('canvas');
  canvas.id = 'scene';
  canvas.width = W;
  canvas.height = H;
  document.body.append(canvas);
  const c = canvas.getContext('2d');
  if (!c) throw new Error('no 2d context');
  const r = mulberry32(seed);
  c.save();
  scene(c, r);
  c.restore();
  finish(c, mulberry32(seed ^ 0x5bd1e995));
}

/** Downscales the scene canvas to `width` (16:9) and encodes it as WebP; returns a data URL. */
function encodeScene(width: number, quality: number): string {
  const src = document.getElementById('scene');
  if (!(src instanceof HTMLCanvasElement)) throw new Error('scene not drawn');
  let cur: HTMLCanvasElement = src;
  // Halve while more than twice too large, then one high-quality resample.
  while (cur.width >= width * 2) {
    const half = document.createElement('canvas');
    half.width = Math.round(cur.width / 2);
    half.height = Math.round(cur.height / 2);
    const hc = half.getContext('2d');
    if (!hc) throw new Error('no 2d context');
    hc.imageSmoothingQuality = 'high';
    hc.drawImage(cur, 0, 0, half.width, half.height);
    cur = half;
  }
  const out = document.createElement('canvas');
  out.width = width;
  out.height = Math.round((width * 9) / 16);
  const oc = out.getContext('2d');
  if (!oc) throw new Error('no 2d context');
  oc.imageSmoothingEnabled = true;
  oc.imageSmoothingQuality = 'high';
  oc.drawImage(cur, 0, 0, out.width, out.height);
  return out.toDataURL('image/webp', quality);
}

// ---------------------------------------------------------------------------
// Scenes: politics and cities
// ---------------------------------------------------------------------------

/** Classical portico with pediment and columns, lit from below; `top` is the entablature top. */
function portico(
  c: Ctx, cx: number, base: number, halfW: number, top: number, cols: number,
  stone: string, lit: string, shade: string, inner?: (c: Ctx) => void,
): void {
  const colTop = top + 34;
  const colBot = base - 22;
  rect(c, cx - halfW + 24, colTop, (halfW - 24) * 2, colBot - colTop, shade);
  inner?.(c);
  const span = (halfW - 44) * 2;
  const cw = Math.min(40, (span / cols) * 0.46);
  for (let i = 0; i < cols; i++) {
    const x = cx - halfW + 44 + (span * i) / (cols - 1);
    rect(c, x - cw / 2, colTop + 10, cw, colBot - colTop - 18, lin(c, x - cw / 2, 0, x + cw / 2, 0, [[0, lit], [0.45, stone], [1, shade]]));
    for (let k = -1; k <= 1; k++) line(c, x + k * cw * 0.22, colTop + 14, x + k * cw * 0.22, colBot - 10, 'rgba(0,0,0,0.08)', 1.4);
    rect(c, x - cw * 0.68, colTop, cw * 1.36, 10, stone);
    rect(c, x - cw * 0.66, colBot - 8, cw * 1.32, 8, stone);
  }
  rect(c, cx - halfW, top, halfW * 2, 34, lin(c, 0, top, 0, top + 34, [[0, lit], [1, stone]]));
  rect(c, cx - halfW, top + 26, halfW * 2, 8, shade);
  rect(c, cx - halfW - 10, base - 22, (halfW + 10) * 2, 22, lin(c, 0, base - 22, 0, base, [[0, lit], [1, stone]]));
  const ph = halfW * 0.26;
  poly(c, [[cx - halfW - 12, top + 2], [cx + halfW + 12, top + 2], [cx, top - ph]], stone);
  poly(c, [[cx - halfW + 30, top - 6], [cx + halfW - 30, top - 6], [cx, top - ph + 18]], shade);
  line(c, cx - halfW - 12, top + 1, cx + halfW + 12, top + 1, lit, 3);
}

function governmentBuildingDusk(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#141a45'], [0.4, '#4b3a78'], [0.66, '#c9677a'], [0.8, '#f3a56b']]);
  stars(c, r, 70, 230, 1.5);
  glow(c, 620, 520, 520, '255,170,110', 0.5);
  circle(c, 960, 120, 16, '#fbe9c8');
  glow(c, 960, 120, 80, '255,236,200', 0.25);
  // far city blocks
  for (let x = -20; x < W; x += rn(r, 30, 70)) {
    const bh = rn(r, 30, 110);
    rect(c, x, 520 - bh, rn(r, 28, 64), bh + 60, '#5b4170');
  }
  const cx = 600;
  const base = 560;
  // dome behind the portico
  rect(c, cx - 95, 178, 190, 80, lin(c, cx - 95, 0, cx + 95, 0, [[0, '#f6dcc0'], [0.5, '#d9b89d'], [1, '#8d6f7a']]));
  for (let i = 0; i < 9; i++) rect(c, cx - 88 + i * 21.5, 190, 6, 60, 'rgba(90,60,80,0.45)');
  c.beginPath();
  c.ellipse(cx, 180, 100, 96, 0, Math.PI, 0);
  c.fillStyle = lin(c, cx - 100, 0, cx + 100, 0, [[0, '#f4d7b8'], [0.45, '#d6ad95'], [1, '#7d6074']]);
  c.fill();
  for (let i = 1; i < 6; i++) {
    c.beginPath();
    c.ellipse(cx, 180, 100 - i * 17, 96, 0, Math.PI * 1.04, Math.PI * 1.96);
    c.strokeStyle = 'rgba(110,70,90,0.25)';
    c.lineWidth = 1.5;
    c.stroke();
  }
  rect(c, cx - 12, 66, 24, 22, '#e7c9ac');
  // flag on the dome
  flagpole(c, cx, 18, 70, 4);
  flag(c, cx + 2, 22, 76, 46, 0.4, 6, flagDesign(0));
  // main body and wings
  rect(c, 150, 330, 900, base - 330, lin(c, 0, 330, 0, base, [[0, '#b78e8f'], [1, '#e6b99c']]));
  windows(c, r, 160, 350, 150, 180, 4, 3, 0.8, ['#ffd98a', '#ffc66b', '#fff0c2'], '#6d5266');
  windows(c, r, 890, 350, 150, 180, 4, 3, 0.8, ['#ffd98a', '#ffc66b', '#fff0c2'], '#6d5266');
  rect(c, 150, 322, 900, 14, '#e9c7aa');
  portico(c, cx, base, 290, 290, 8, '#e3bfa3', '#fbe3c8', '#7c5a6d', () => {
    // doors and windows glowing between the columns
    for (let i = 0; i < 7; i++) {
      const dx = cx - 252 + 36 + i * 72;
      const door = i >= 2 && i <= 4;
      rrect(c, dx - 17, door ? 440 : 370, 34, door ? 98 : 60, [16, 16, 0, 0], door ? '#ffce7a' : '#ffdf9a');
      glow(c, dx, door ? 490 : 400, 70, '255,200,120', 0.35);
    }
  });
  // steps
  for (let i = 0; i < 6; i++) {
    const hw = 320 - i * 14;
    rect(c, cx - hw, base + i * 10, hw * 2, 10, i % 2 ? '#c9a18d' : '#dcb59c');
  }
  // plaza
  rect(c, 0, base + 60, W, H - base - 60, lin(c, 0, base + 60, 0, H, [[0, '#4c3a5e'], [1, '#241d3c']]));
  rect(c, 0, base, cx - 320, 60, '#5e4869');
  rect(c, cx + 320, base, W, 60, '#5e4869');
  // lamps and trees
  for (const lx of [80, 330, 870, 1120]) {
    rect(c, lx - 3, 470, 6, base + 80 - 470, '#211a33');
    circle(c, lx, 466, 9, '#ffe3a3');
    glow(c, lx, 466, 60, '255,210,130', 0.55);
  }
  for (const [tx, th] of [[20, 260], [1180, 280], [200, 170], [1000, 180]] as const) {
    tree(c, r, tx, base + 70, th, '#231b38', '#2f2447');
  }
}

function diplomatsHandshake(c: Ctx): void {
  sky(c, [[0, '#0f1a3c'], [0.6, '#1e3668'], [1, '#0c1430']]);
  glow(c, 600, 330, 560, '120,160,230', 0.4);
  // row of flags on poles
  const n = 8;
  for (let i = 0; i < n; i++) {
    const x = 80 + (i * 1040) / (n - 1);
    flagpole(c, x, 70, 600, 7);
    c.save();
    c.globalAlpha = 0.92;
    flag(c, x + 4, 86, 100, 190, 0.6 + i, 6, flagDesign(i));
    c.restore();
  }
  rect(c, 0, 0, W, H, 'rgba(14,24,56,0.35)');
  // warm spotlight between the two figures
  glow(c, 600, 360, 380, '255,214,160', 0.55);
  // floor
  rect(c, 0, 585, W, H - 585, lin(c, 0, 585, 0, H, [[0, '#2b3358'], [1, '#0f1530']]));
  line(c, 0, 585, W, 585, 'rgba(255,220,170,0.35)', 2);
  const s = 450;
  const off = 21.6 * (s / 100);
  // reflections
  c.save();
  c.translate(0, 1170);
  c.scale(1, -1);
  c.globalAlpha = 0.16;
  suitFigure(c, 600 - off, 585, s, 1, '#05081a');
  suitFigure(c, 600 + off, 585, s, -1, '#05081a');
  c.restore();
  // warm rim light on the edges facing the light, then the silhouettes
  suitFigure(c, 600 - off + 3, 585, s, 1, 'rgba(255,214,160,0.7)');
  suitFigure(c, 600 + off - 3, 585, s, -1, 'rgba(255,214,160,0.7)');
  const suit = lin(c, 0, 585 - s, 0, 585, [[0, '#0d1230'], [1, '#070a1c']]);
  suitFigure(c, 600 - off, 585, s, 1, suit);
  suitFigure(c, 600 + off, 585, s, -1, suit);
}

/** Point, outward normal angle on a stadium-shaped loop of straight half-length `hl` and end radius `R`. */
function stadiumPoint(t: number, cx: number, cy: number, hl: number, R: number): [number, number, number] {
  const total = 4 * hl + 2 * Math.PI * R;
  let d = (((t % 1) + 1) % 1) * total;
  if (d < 2 * hl) return [cx - hl + d, cy - R, -Math.PI / 2];
  d -= 2 * hl;
  if (d < Math.PI * R) {
    const a = -Math.PI / 2 + d / R;
    return [cx + hl + Math.cos(a) * R, cy + Math.sin(a) * R, a];
  }
  d -= Math.PI * R;
  if (d < 2 * hl) return [cx + hl - d, cy + R, Math.PI / 2];
  d -= 2 * hl;
  const a = Math.PI / 2 + d / R;
  return [cx - hl + Math.cos(a) * R, cy + Math.sin(a) * R, a];
}

function stadiumPath(c: Ctx, cx: number, cy: number, hl: number, R: number): void {
  c.beginPath();
  c.moveTo(cx - hl, cy - R);
  c.lineTo(cx + hl, cy - R);
  c.arc(cx + hl, cy, R, -Math.PI / 2, Math.PI / 2);
  c.lineTo(cx - hl, cy + R);
  c.arc(cx - hl, cy, R, Math.PI / 2, Math.PI * 1.5);
  c.closePath();
}

function conferenceTable(c: Ctx, r: Rnd): void {
  const cx = 600;
  const cy = 338;
  const hl = 300;
  // carpet
  rect(c, 0, 0, W, H, '#1d2c55');
  for (let i = 0; i < 14; i++) {
    stadiumPath(c, cx, cy, hl, 60 + i * 28);
    c.strokeStyle = i % 2 ? 'rgba(255,255,255,0.03)' : 'rgba(0,0,0,0.08)';
    c.lineWidth = 14;
    c.stroke();
  }
  glow(c, cx, cy, 640, '120,150,230', 0.25);
  // chairs
  const seats = 26;
  for (let i = 0; i < seats; i++) {
    const [x, y, a] = stadiumPoint((i + 0.5) / seats, cx, cy, hl, 206);
    c.save();
    c.translate(x, y);
    c.rotate(a + Math.PI / 2);
    rrect(c, -23, -14, 46, 36, 10, '#101a38');
    rrect(c, -20, -10, 40, 24, 8, '#2f3f70');
    rect(c, -18, 16, 36, 7, '#0b1330');
    if (r() < 0.75) {
      ellipse(c, 0, 4, 24, 13, pick(r, ['#22263a', '#3a3050', '#1c2a44', '#4a3a3a']));
      circle(c, 0, 0, 10.5, pick(r, ['#2a1d17', '#5a4030', '#1a1410', '#8a7060', '#c0b0a0']));
    }
    c.restore();
  }
  // table ring
  stadiumPath(c, cx, cy, hl, 180);
  c.fillStyle = rad(c, cx, cy - 40, 520, [[0, '#c98f5a'], [1, '#7a4a2b']]);
  c.fill();
  stadiumPath(c, cx, cy, hl, 180);
  c.strokeStyle = '#5a3420';
  c.lineWidth = 5;
  c.stroke();
  stadiumPath(c, cx, cy, hl, 96);
  c.fillStyle = '#22335f';
  c.fill();
  c.strokeStyle = '#5a3420';
  c.stroke();
  // central emblem and plants
  stadiumPath(c, cx, cy, hl - 30, 60);
  c.fillStyle = '#2c6e5a';
  c.fill();
  for (let i = 0; i < 60; i++) {
    const x = cx + rn(r, -hl + 10, hl - 10);
    const y = cy + rn(r, -40, 40);
    circle(c, x, y, rn(r, 6, 13), pick(r, ['#3d8f6c', '#2e7a5a', '#58a67c', '#e7c35a']));
  }
  // places on the table: papers, name plates, microphones, glasses
  for (let i = 0; i < seats; i++) {
    const [x, y, a] = stadiumPoint((i + 0.5) / seats, cx, cy, hl, 150);
    c.save();
    c.translate(x, y);
    c.rotate(a + Math.PI / 2);
    c.save();
    c.translate(0, -12);
    c.rotate(rn(r, -0.2, 0.2));
    rect(c, -13, -15, 26, 30, '#efe9dc');
    for (let k = 0; k < 5; k++) rect(c, -9, -10 + k * 5, rn(r, 10, 18), 1.5, '#b9b2a3');
    c.restore();
    rect(c, -17, 14, 34, 9, '#fbf8f0');
    rect(c, -17, 14, 34, 2, '#b9b2a3');
    rect(c, -11, 18, 22, 3, '#2a3560');
    circle(c, 21, 8, 5, '#1a1a22');
    line(c, 21, 8, 16, -10, '#1a1a22', 2.2, 'round');
    circle(c, 16, -10, 2.4, '#d8423a');
    circle(c, -23, 2, 5.5, 'rgba(200,230,255,0.85)');
    circle(c, -24, 1, 2, '#fff');
    c.restore();
  }
  // soft overhead light
  c.save();
  c.globalCompositeOperation = 'soft-light';
  glow(c, cx, cy - 60, 600, '255,230,190', 0.6);
  c.restore();
}

function flagsRow(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#1f5fb8'], [0.6, '#5aa0e2'], [1, '#b9e0f6']]);
  glow(c, 1080, 90, 260, '255,250,230', 0.6);
  cloud(c, r, 250, 300, 80, '#ffffff', '#d6e6f5');
  cloud(c, r, 880, 420, 110, '#ffffff', '#d6e6f5');
  cloud(c, r, 620, 170, 50, '#f6fbff', '#d6e6f5');
  const n = 6;
  for (let i = 0; i < n; i++) {
    const x = 70 + i * 180;
    const top = 96 + (i % 3) * 26;
    flagpole(c, x, top, H + 10, 9);
    flag(c, x + 5, top + 8, 180, 118, i * 1.3, 14, flagDesign(i + 1));
  }
  // stone parapet with balusters along the bottom
  const py = 560;
  rect(c, 0, py, W, 18, lin(c, 0, py, 0, py + 18, [[0, '#f3ead8'], [1, '#cdbf9f']]));
  rect(c, 0, py + 18, W, H - py - 18, lin(c, 0, py + 18, 0, H, [[0, '#b7a786'], [1, '#8e7f62']]));
  for (let x = 14; x < W; x += 40) {
    c.beginPath();
    c.moveTo(x, py + 24);
    c.bezierCurveTo(x - 12, py + 40, x - 12, py + 56, x - 4, py + 70);
    c.lineTo(x - 8, py + 86);
    c.lineTo(x + 8, py + 86);
    c.lineTo(x + 4, py + 70);
    c.bezierCurveTo(x + 12, py + 56, x + 12, py + 40, x, py + 24);
    c.fillStyle = lin(c, x - 12, 0, x + 12, 0, [[0, '#efe4cc'], [1, '#b9aa88']]);
    c.fill();
  }
  rect(c, 0, py + 86, W, 16, '#e6dcc6');
  rect(c, 0, py + 102, W, H, '#a3947a');
}

function citySkylineNight(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#080c26'], [0.45, '#1b2158'], [0.7, '#4a3b7c'], [0.78, '#8a5a8a']], 0, 560);
  stars(c, r, 120, 280, 1.6);
  circle(c, 960, 110, 34, '#fdf1d2');
  circle(c, 972, 102, 30, 'rgba(8,12,38,0.18)');
  glow(c, 960, 110, 170, '255,240,210', 0.3);
  const horizon = 520;
  const lit = ['#ffd36b', '#ffe9a8', '#ffb65c', '#cfe8ff'];
  // far layer
  for (let x = -10; x < W; x += rn(r, 40, 80)) {
    const bw = rn(r, 36, 80);
    const bh = rn(r, 60, 200);
    rect(c, x, horizon - bh, bw, bh, '#2a2a62');
    windows(c, r, x + 2, horizon - bh + 6, bw - 4, bh - 10, Math.round(bw / 12), Math.round(bh / 14), 0.25, lit, '#2a2a62');
  }
  // near layer with towers
  for (let x = -20; x < W; x += rn(r, 60, 120)) {
    const bw = rn(r, 50, 110);
    const tall = r() < 0.25;
    const bh = tall ? rn(r, 260, 360) : rn(r, 90, 220);
    const top = horizon - bh;
    rect(c, x, top, bw, bh, '#12163a');
    if (tall) {
      poly(c, [[x, top], [x + bw, top], [x + bw / 2, top - 40]], '#12163a');
      line(c, x + bw / 2, top - 40, x + bw / 2, top - 90, '#12163a', 3);
      circle(c, x + bw / 2, top - 90, 3, '#ff4d4d');
      glow(c, x + bw / 2, top - 90, 16, '255,80,80', 0.7);
    }
    windows(c, r, x + 3, top + 8, bw - 6, bh - 12, Math.round(bw / 11), Math.round(bh / 13), 0.45, lit, '#1a1f4a');
  }
  // embankment and river
  rect(c, 0, horizon, W, 10, '#0b0e26');
  for (let x = 20; x < W; x += 60) {
    circle(c, x, horizon - 4, 2.5, '#ffd98a');
    glow(c, x, horizon - 4, 14, '255,210,130', 0.6);
  }
  rect(c, 0, horizon + 10, W, H - horizon, lin(c, 0, horizon, 0, H, [[0, '#1b1f52'], [1, '#070a20']]));
  // reflections
  for (let i = 0; i < 260; i++) {
    const x = rn(r, 0, W);
    const y = rn(r, horizon + 14, H);
    const len = rn(r, 10, 50) * (1 - (y - horizon) / 300);
    const col = pick(r, ['255,211,107', '255,233,168', '207,232,255']);
    rect(c, x - len / 2, y, Math.max(3, len), 2, `rgba(${col},${rn(r, 0.15, 0.55)})`);
  }
  for (let y = horizon + 16; y < H; y += 6) {
    const wgt = rn(r, 14, 40);
    rect(c, 960 - wgt / 2, y, wgt, 2, 'rgba(253,241,210,0.35)');
  }
  // bridge
  const by = horizon + 40;
  rect(c, 0, by, 420, 12, '#0a0c22');
  for (let i = 0; i < 4; i++) {
    c.beginPath();
    c.moveTo(i * 110, by + 12);
    c.quadraticCurveTo(i * 110 + 55, by - 20, i * 110 + 110, by + 12);
    c.strokeStyle = '#0a0c22';
    c.lineWidth = 8;
    c.stroke();
    rect(c, i * 110 - 6, by, 12, H - by, '#0a0c22');
  }
  for (let x = 10; x < 420; x += 26) circle(c, x, by - 2, 2, '#ffe3a3');
}

/** Ship-to-shore gantry crane; x is the seaward leg, y the quay. */
export function gantryCrane(c: Ctx, x: number, y: number, s: number, col: string, dark: string): void {
  const lw = 9 * s;
  const legH = 210 * s;
  const span = 120 * s;
  line(c, x, y, x, y - legH, col, lw);
  line(c, x + span, y, x + span, y - legH, col, lw);
  line(c, x, y - legH * 0.45, x + span, y - legH * 0.45, col, lw * 0.7);
  line(c, x, y, x + span, y - legH * 0.45, col, lw * 0.45);
  line(c, x + span, y, x, y - legH * 0.45, col, lw * 0.45);
  const by = y - legH - 12 * s;
  rect(c, x - 280 * s, by, 500 * s, 16 * s, col);
  for (let i = 0; i < 24; i++) line(c, x - 280 * s + i * 21 * s, by + 16 * s, x - 270 * s + i * 21 * s, by, dark, 1.5 * s);
  line(c, x + 10 * s, by, x + 45 * s, by - 120 * s, col, lw * 0.8);
  line(c, x + span - 10 * s, by, x + 75 * s, by - 120 * s, col, lw * 0.8);
  line(c, x + 60 * s, by - 120 * s, x - 270 * s, by, col, 3 * s);
  line(c, x + 60 * s, by - 120 * s, x + 210 * s, by, col, 3 * s);
  rect(c, x + 130 * s, by - 36 * s, 80 * s, 36 * s, col);
  rect(c, x - 120 * s, by + 16 * s, 26 * s, 20 * s, dark);
  line(c, x - 107 * s, by + 36 * s, x - 107 * s, by + 120 * s, dark, 1.5 * s);
}

function harborCranes(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#5a5d9c'], [0.35, '#c97c8c'], [0.6, '#f6b07a'], [0.72, '#fde0a6']], 0, 480);
  const sunX = 250;
  const horizon = 470;
  glow(c, sunX, 330, 420, '255,210,140', 0.6);
  circle(c, sunX, 330, 44, '#fff1c9');
  cloud(c, r, 820, 150, 60, 'rgba(255,214,190,0.9)', 'rgba(200,130,150,0.8)');
  cloud(c, r, 140, 210, 40, 'rgba(255,214,190,0.9)', 'rgba(200,130,150,0.8)');
  // water
  rect(c, 0, horizon, W, H - horizon, lin(c, 0, horizon, 0, H, [[0, '#e7a27f'], [0.3, '#8c6b8e'], [1, '#2e3462']]));
  for (let i = 0; i < 90; i++) {
    const y = rn(r, horizon + 4, H);
    const spread = 40 + (y - horizon) * 0.8;
    const x = sunX + rn(r, -spread, spread);
    rect(c, x, y, rn(r, 10, 60), 2.4, `rgba(255,236,190,${rn(r, 0.2, 0.6)})`);
  }
  // quay
  const qy = 500;
  poly(c, [[430, qy], [W, qy], [W, qy + 40], [400, qy + 40]], '#3b3350');
  rect(c, 400, qy + 40, W, 8, '#2a2440');
  // container stacks
  const cols = ['#c94a3b', '#2f6db0', '#2f9c8a', '#e39a34', '#e6c34a', '#7a4f9a', '#d66a3c'];
  for (let stack = 0; stack < 6; stack++) {
    const sx = 600 + stack * 100;
    const tiers = 2 + Math.floor(r() * 4);
    for (let t = 0; t < tiers; t++) {
      const cy = qy - 24 * (t + 1);
      const col = pick(r, cols);
      rect(c, sx, cy, 92, 22, col);
      for (let k = 4; k < 92; k += 6) rect(c, sx + k, cy + 2, 2, 18, 'rgba(0,0,0,0.15)');
      rect(c, sx, cy, 92, 3, 'rgba(255,235,200,0.35)');
    }
  }
  // ship under the cranes
  poly(c, [[80, horizon + 20], [560, horizon + 20], [600, horizon - 24], [40, horizon - 24]], '#27213d');
  rect(c, 40, horizon - 26, 560, 6, '#b23a3a');
  for (let i = 0; i < 8; i++) {
    for (let t = 0; t < 3; t++) {
      const y = horizon - 48 - t * 22;
      rect(c, 120 + i * 52, y, 50, 20, pick(r, cols));
      for (let k = 4; k < 50; k += 6) rect(c, 120 + i * 52 + k, y + 2, 2, 16, 'rgba(0,0,0,0.15)');
    }
  }
  rect(c, 66, horizon - 112, 44, 88, '#f1e6dc');
  rect(c, 60, horizon - 116, 56, 8, '#f1e6dc');
  for (let k = 0; k < 4; k++) rect(c, 70, horizon - 102 + k * 18, 36, 6, '#5a5070');
  rect(c, 78, horizon - 140, 16, 26, '#b23a3a');
  // cranes
  gantryCrane(c, 460, qy, 1.2, '#2b2442', '#1a1530');
  gantryCrane(c, 760, qy, 1.05, '#b8433b', '#5a1f24');
  gantryCrane(c, 1010, qy, 0.9, '#2b2442', '#1a1530');
  // gulls
  for (let i = 0; i < 6; i++) {
    const gx = rn(r, 150, 700);
    const gy = rn(r, 80, 260);
    const gs = rn(r, 5, 10);
    c.beginPath();
    c.moveTo(gx - gs, gy);
    c.quadraticCurveTo(gx - gs / 2, gy - gs * 0.6, gx, gy);
    c.quadraticCurveTo(gx + gs / 2, gy - gs * 0.6, gx + gs, gy);
    c.strokeStyle = '#3a3050';
    c.lineWidth = 1.8;
    c.stroke();
  }
}

function summitHall(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#0a1030'], [1, '#131c45']]);
  // back wall panels
  for (let i = 0; i < 12; i++) rect(c, i * 100 + 2, 60, 96, 380, i % 2 ? '#18245a' : '#1b2862');
  // ceiling lights
  for (let i = 0; i < 3; i++) {
    for (let k = 0; k < 14; k++) circle(c, 40 + k * 86 + (i % 2) * 40, 14 + i * 16, 2.5 - i * 0.5, '#cfe0ff');
  }
  // main screen with globe emblem
  rect(c, 360, 90, 480, 270, '#0c1533');
  rect(c, 368, 98, 464, 254, lin(c, 0, 98, 0, 352, [[0, '#2a67c9'], [1, '#173d8a']]));
  glow(c, 600, 225, 300, '90,150,255', 0.35);
  c.save();
  c.strokeStyle = 'rgba(230,240,255,0.85)';
  c.lineWidth = 4;
  c.beginPath();
  c.arc(600, 215, 78, 0, Math.PI * 2);
  c.stroke();
  c.lineWidth = 2.5;
  for (const k of [0.35, 0.7]) {
    c.beginPath();
    c.ellipse(600, 215, 78 * k, 78, 0, 0, Math.PI * 2);
    c.stroke();
  }
  for (const dy of [-40, 0, 40]) {
    const hw = Math.sqrt(78 * 78 - dy * dy);
    line(c, 600 - hw, 215 + dy, 600 + hw, 215 + dy, 'rgba(230,240,255,0.85)', 2.5);
  }
  c.restore();
  rect(c, 470, 310, 260, 12, 'rgba(230,240,255,0.8)');
  // side screens showing a speaker
  for (const sx of [70, 900]) {
    rect(c, sx, 130, 230, 140, '#0c1533');
    rect(c, sx + 6, 136, 218, 128, lin(c, 0, 136, 0, 264, [[0, '#3b5aa0'], [1, '#1d3068']]));
    c.save();
    c.beginPath();
    c.rect(sx + 6, 136, 218, 128);
    c.clip();
    glow(c, sx + 115, 190, 120, '150,190,255', 0.35);
    standingPerson(c, sx + 115, 362, 200, '#142044', '#1c2a55');
    c.restore();
  }
  // stage
  poly(c, [[120, 440], [1080, 440], [1160, 500], [40, 500]], lin(c, 0, 440, 0, 500, [[0, '#2a3a74'], [1, '#1c2656']]));
  rect(c, 40, 500, 1120, 18, '#3a6fd8');
  glow(c, 600, 509, 520, '80,140,255', 0.25);
  // spot beams onto the lectern
  c.save();
  c.globalCompositeOperation = 'lighter';
  beam(c, 300, 0, 520, 620, 470, '255,230,190', 0.18);
  beam(c, 900, 0, 580, 680, 470, '255,230,190', 0.18);
  c.restore();
  glow(c, 600, 470, 160, '255,225,180', 0.3);
  // lectern
  poly(c, [[548, 370], [652, 370], [640, 470], [560, 470]], lin(c, 548, 0, 652, 0, [[0, '#8a5a3a'], [0.5, '#b57a4e'], [1, '#6b4029']]));
  rect(c, 540, 360, 120, 14, '#5a3a26');
  circle(c, 600, 415, 18, '#e8c36a');
  circle(c, 600, 415, 12, '#b57a4e');
  line(c, 592, 360, 584, 330, '#1a1a22', 3, 'round');
  ellipse(c, 583, 327, 5, 8, '#1a1a22', -0.3);
  // flags either side of the stage
  for (const [fx, k] of [[200, 1], [260, 3], [940, 6], [1000, 0]] as const) {
    flagpole(c, fx, 290, 470, 5);
    flag(c, fx + 3, 300, 44, 100, k, 3, flagDesign(k));
  }
  // audience seen from behind
  for (let row = 0; row < 3; row++) {
    const y = 560 + row * 45;
    const s = 1 + row * 0.25;
    for (let x = -30 + (row % 2) * 40; x < W + 40; x += 78 * s * rn(r, 0.9, 1.1)) {
      const hy = y - 22 * s + rn(r, -6, 6);
      ellipse(c, x, y + 30 * s, 34 * s, 30 * s, '#070b1f');
      circle(c, x, hy, 15 * s, pick(r, ['#0b1128', '#0e1430', '#090d22']));
    }
    rect(c, 0, y + 36 * s, W, 60, '#050818');
  }
}

/** A covered truck seen from behind at scale s standing on y; its side recedes by `depth` towards (vx, vy). */
function truckBack(c: Ctx, x: number, y: number, s: number, depth: number, vx: number, vy: number): void {
  const toVP = (px: number, py: number): Pt => [px + (vx - px) * depth, py + (vy - py) * depth];
  const side = vx < x ? -1 : 1;
  const ex = x + side * 38 * s;
  const top = y - 80 * s;
  const bot = y - 16 * s;
  const [fx, fy] = toVP(ex, y);
  poly(c, [[x - 46 * s, y + 2 * s], [x + 46 * s, y + 2 * s], [fx + side * 8 * s, fy + 2 * s], [fx - side * 30 * s, fy]], 'rgba(60,30,20,0.3)');
  // side of the cargo body and the cab beyond it
  const [cx0, cy0] = toVP(ex, y - 58 * s);
  const [cx1, cy1] = toVP(ex, bot);
  const cabEnd = toVP(ex, bot)[0] + (vx - ex) * 0.06;
  poly(c, [[cx0, cy0], [cabEnd, cy0 + (vy - cy0) * 0.05], [cabEnd, cy1], [cx1, cy1]], '#5d5a40');
  poly(c, [[ex, top], toVP(ex, top), toVP(ex, bot), [ex, bot]], '#55533a');
  for (const f of [0.2, 0.8]) {
    const [wx, wy] = toVP(ex, y - 8 * s);
    const px = ex + (wx - ex) * f;
    const py = y - 8 * s + (wy - y + 8 * s) * f;
    ellipse(c, px, py, 5 * s * (1 - f * depth), 9 * s * (1 - f * depth), '#1f1a18');
  }
  // rear wheels, tarp body, tailgate and lights
  rect(c, x - 34 * s, y - 16 * s, 22 * s, 16 * s, '#1f1a18');
  rect(c, x + 12 * s, y - 16 * s, 22 * s, 16 * s, '#1f1a18');
  rrect(c, x - 38 * s, top, 76 * s, bot - top, [16 * s, 16 * s, 2 * s, 2 * s], lin(c, x - 38 * s, 0, x + 38 * s, 0, [[0, '#8d8a62'], [1, '#6a6848']]));
  for (const k of [-19, 0, 19]) line(c, x + k * s, top + 4 * s, x + k * s, bot - 20 * s, 'rgba(40,35,20,0.25)', 1.5 * s);
  rect(c, x - 38 * s, bot - 18 * s, 76 * s, 18 * s, '#5a5840');
  rect(c, x - 40 * s, bot, 80 * s, 6 * s, '#2a2320');
  rect(c, x - 36 * s, bot + 1 * s, 8 * s, 4 * s, '#ff4a3a');
  rect(c, x + 28 * s, bot + 1 * s, 8 * s, 4 * s, '#ff4a3a');
  rect(c, x - 9 * s, bot - 12 * s, 18 * s, 8 * s, '#e9e2c8');
}

function desertRoad(c: Ctx, r: Rnd): void {
  const horizon = 370;
  sky(c, [[0, '#4d86c6'], [0.55, '#a9cbe0'], [1, '#f6d9ae']], 0, horizon);
  glow(c, 900, 80, 300, '255,245,220', 0.5);
  fillUnder(c, mountains(r, horizon - 20, 150), '#8f86b8');
  fillUnder(c, mountains(r, horizon, 90), '#b77e74');
  // desert floor
  rect(c, 0, horizon, W, H - horizon, lin(c, 0, horizon, 0, H, [[0, '#e7b27a'], [1, '#c97e4a']]));
  for (let i = 0; i < 7; i++) {
    const y = horizon + 20 + i * i * 8;
    fillUnder(c, profile(r, y, 10 + i * 3, 2 + i), i % 2 ? 'rgba(255,220,170,0.22)' : 'rgba(170,90,50,0.14)', y + 40 + i * 10);
  }
  // scrub
  for (let i = 0; i < 40; i++) {
    const y = rn(r, horizon + 10, H);
    const s = (y - horizon) / 300;
    ellipse(c, rn(r, 0, W), y, 10 * s + 2, 4 * s + 1, '#8d7a3e');
  }
  // road
  const vx = 640;
  poly(c, [[vx - 4, horizon], [vx + 4, horizon], [900, H], [330, H]], lin(c, 0, horizon, 0, H, [[0, '#6d5a57'], [1, '#3d3538']]));
  poly(c, [[vx - 4, horizon], [vx - 2, horizon], [340, H], [320, H]], '#e6d6b8');
  poly(c, [[vx + 2, horizon], [vx + 4, horizon], [910, H], [890, H]], '#e6d6b8');
  for (let i = 0; i < 12; i++) {
    const t0 = Math.pow(i / 12, 2);
    const t1 = Math.pow((i + 0.45) / 12, 2);
    const y0 = horizon + (H - horizon) * t0;
    const y1 = horizon + (H - horizon) * t1;
    const x0 = vx + (615 - vx) * t0;
    const x1 = vx + (615 - vx) * t1;
    const w0 = 1 + 7 * t0;
    const w1 = 1 + 7 * t1;
    poly(c, [[x0 - w0, y0], [x0 + w0, y0], [x1 + w1, y1], [x1 - w1, y1]], '#f3d36a');
  }
  // convoy of trucks (evenly spaced in depth) with dust
  const dists = [1.0, 1.6, 2.2, 2.8, 3.4, 4.0];
  for (let i = dists.length - 1; i >= 0; i--) {
    const d = dists[i] ?? 1;
    const t = 1 / d;
    const y = horizon + (H - horizon) * t * 0.82;
    const tt = (y - horizon) / (H - horizon);
    const x = 642 + 115 * tt;
    const s = 1.6 * tt;
    glow(c, x, y - 50 * s, 130 * s, '235,200,150', 0.5);
    truckBack(c, x, y, s, 0.3 / (d + 0.3), vx, horizon);
  }
  glow(c, 700, horizon, 400, '255,225,180', 0.25);
}
// ---------------------------------------------------------------------------
// Scenes: economy and defence
// ---------------------------------------------------------------------------

/** One trading-terminal panel with candlesticks, moving average and volume. */
export function chartPanel(c: Ctx, r: Rnd, x: number, y: number, w: number, h: number, label: string, drift: number): void {
  rect(c, x, y, w, h, lin(c, 0, y, 0, y + h, [[0, '#0d1838'], [1, '#0a1128']]));
  for (let i = 1; i < 6; i++) line(c, x, y + (h * i) / 6, x + w, y + (h * i) / 6, 'rgba(120,150,220,0.12)', 1);
  for (let i = 1; i < 8; i++) line(c, x + (w * i) / 8, y, x + (w * i) / 8, y + h, 'rgba(120,150,220,0.08)', 1);
  const n = Math.floor(w / 14);
  const vals: number[] = [];
  let v = 0;
  const o: [number, number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    const open = v;
    v += rn(r, -1, 1) + drift;
    const hi = Math.max(open, v) + rn(r, 0, 0.6);
    const lo = Math.min(open, v) - rn(r, 0, 0.6);
    o.push([open, v, hi, lo]);
    vals.push(v);
  }
  const mn = Math.min(...o.map((q) => q[3]));
  const mx = Math.max(...o.map((q) => q[2]));
  const top = y + h * 0.16;
  const bot = y + h * 0.72;
  const py = (q: number): number => bot - ((q - mn) / (mx - mn || 1)) * (bot - top);
  const cw = w / n;
  o.forEach(([op, cl, hi, lo], i) => {
    const cx = x + cw * (i + 0.5);
    const up = cl >= op;
    const col = up ? '#3ddc97' : '#ff5a67';
    line(c, cx, py(hi), cx, py(lo), col, 1.5);
    rect(c, cx - cw * 0.32, Math.min(py(op), py(cl)), cw * 0.64, Math.max(2, Math.abs(py(op) - py(cl))), col);
    const vh = rn(r, 0.2, 1) * h * 0.16;
    rect(c, cx - cw * 0.32, y + h - 6 - vh, cw * 0.64, vh, up ? 'rgba(61,220,151,0.45)' : 'rgba(255,90,103,0.45)');
  });
  const ma: Pt[] = vals.map((_, i) => {
    const win = vals.slice(Math.max(0, i - 6), i + 1);
    return [x + cw * (i + 0.5), py(win.reduce((a, b) => a + b, 0) / win.length)];
  });
  polyline(c, ma, '#f2b544', 2.2);
  const last = o[o.length - 1];
  if (last) {
    const ly = py(last[1]);
    line(c, x, ly, x + w, ly, 'rgba(242,181,68,0.5)', 1);
    rect(c, x + w - 64, ly - 11, 60, 22, '#f2b544');
    c.fillStyle = '#0a1128';
    c.font = 'bold 14px "DejaVu Sans Mono", monospace';
    c.fillText((100 + (last[1] - mn) * 3).toFixed(2), x + w - 60, ly + 5);
  }
  c.fillStyle = '#cfe0ff';
  c.font = 'bold 17px "DejaVu Sans", sans-serif';
  c.fillText(label, x + 12, y + 24);
  c.fillStyle = drift >= 0 ? '#3ddc97' : '#ff5a67';
  c.fillText(drift >= 0 ? '\u25B2 +1.84%' : '\u25BC -0.92%', x + 12 + c.measureText(label).width + 14, y + 24);
}

export function monitor(c: Ctx, r: Rnd, x: number, y: number, w: number, h: number, label: string, drift: number): void {
  rect(c, x + w / 2 - 14, y + h, 28, 60, '#15192a');
  rect(c, x + w / 2 - 70, y + h + 56, 140, 10, '#15192a');
  rrect(c, x - 10, y - 10, w + 20, h + 20, 8, '#1b2033');
  chartPanel(c, r, x, y, w, h, label, drift);
  c.save();
  c.globalCompositeOperation = 'lighter';
  poly(c, [[x, y], [x + w * 0.45, y], [x + w * 0.2, y + h], [x, y + h]], 'rgba(255,255,255,0.03)');
  c.restore();
}

function stockChartScreen(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#070a18'], [1, '#12172e']]);
  for (let i = 0; i < 24; i++) {
    glow(c, rn(r, 0, W), rn(r, 0, 260), rn(r, 20, 60), pick(r, ['255,190,90', '90,150,255', '255,120,140']), rn(r, 0.1, 0.3));
  }
  glow(c, 600, 260, 600, '60,110,230', 0.25);
  c.save();
  c.transform(1, 0.07, 0, 1, 0, -20);
  monitor(c, r, 10, 120, 300, 260, 'NWX', 1);
  c.restore();
  c.save();
  c.transform(1, -0.07, 0, 1, 0, 64);
  monitor(c, r, 890, 120, 300, 260, 'ARV', -1);
  c.restore();
  monitor(c, r, 350, 60, 500, 340, 'NEWSWIRE INDEX  4 218.60', 0.35);
  // desk, keyboard
  rect(c, 0, 520, W, H - 520, lin(c, 0, 520, 0, H, [[0, '#1d2238'], [1, '#0c0f1e']]));
  glow(c, 600, 520, 500, '80,130,255', 0.2);
  poly(c, [[420, 560], [780, 560], [810, 620], [390, 620]], '#262c44');
  for (let j = 0; j < 4; j++) {
    for (let i = 0; i < 16; i++) {
      const t = j / 4;
      const x0 = 420 - 30 * t + 6 + i * ((360 + 60 * t) / 16);
      rect(c, x0, 565 + j * 13, (360 + 60 * t) / 16 - 4, 9, '#3a4262');
    }
  }
  ellipse(c, 900, 600, 30, 18, '#262c44');
  // ticker tape
  rect(c, 0, 470, W, 40, '#05070f');
  rect(c, 0, 470, W, 2, '#2a3358');
  rect(c, 0, 508, W, 2, '#2a3358');
  c.font = 'bold 20px "DejaVu Sans Mono", monospace';
  const ticks = ['NWX 4218.60 \u25B2 1.84', 'ARV 88.12 \u25BC 0.92', 'OLG 61.07 \u25B2 0.35', 'KTR 214.50 \u25B2 2.10', 'BLM 12.44 \u25BC 1.40', 'SFX 930.2 \u25B2 0.12'];
  let tx = -60;
  ticks.forEach((t) => {
    c.fillStyle = t.includes('\u25BC') ? '#ff5a67' : '#3ddc97';
    c.fillText(t, tx, 497);
    tx += c.measureText(t).width + 44;
  });
}

/** Distillation column with platforms; lights are small warm dots. */
function column(c: Ctx, r: Rnd, x: number, base: number, w: number, h: number, col: string): void {
  rect(c, x - w / 2, base - h, w, h, col);
  ellipse(c, x, base - h, w / 2, w * 0.3, col);
  for (let y = base - h + 30; y < base - 10; y += rn(r, 40, 70)) {
    rect(c, x - w / 2 - 10, y, w + 20, 3, col);
    if (r() < 0.7) {
      circle(c, x + rn(r, -w / 2, w / 2), y - 3, 2, '#ffd27a');
      glow(c, x, y, 18, '255,200,110', 0.25);
    }
  }
  line(c, x + w / 2 + 6, base - h + 10, x + w / 2 + 6, base, col, 3);
}

function oilRefinery(c: Ctx, r: Rnd): void {
  const ground = 500;
  sky(c, [[0, '#221d4a'], [0.4, '#6a3b78'], [0.7, '#d0667a'], [0.9, '#f7a85c']], 0, ground);
  glow(c, 820, ground - 30, 420, '255,170,90', 0.55);
  circle(c, 820, ground - 24, 40, '#ffd9a0');
  stars(c, r, 40, 150, 1.2);
  // smoke plumes drifting right
  for (const [sx, sy] of [[300, 150], [560, 120]] as const) {
    for (let i = 0; i < 14; i++) {
      const t = i / 14;
      circle(c, sx + t * 260 + rn(r, -8, 8), sy - t * 70 + rn(r, -8, 8), 16 + t * 40, `rgba(90,70,110,${0.35 * (1 - t)})`);
    }
  }
  const ink = '#1b1630';
  const ink2 = '#2a2242';
  // back layer structures
  for (let x = 20; x < W; x += rn(r, 40, 90)) rect(c, x, ground - rn(r, 40, 110), rn(r, 20, 60), 200, ink2);
  // storage tanks
  for (const [tx, tw] of [[90, 130], [950, 150], [1110, 110]] as const) {
    rect(c, tx - tw / 2, ground - 80, tw, 80, ink);
    ellipse(c, tx, ground - 80, tw / 2, 12, '#3a2f56');
    for (let i = 1; i < 4; i++) line(c, tx - tw / 2, ground - 80 + i * 20, tx + tw / 2, ground - 80 + i * 20, 'rgba(255,180,120,0.12)', 2);
  }
  // spheres
  for (const sx of [250, 330]) {
    for (const lx of [-26, -10, 10, 26]) line(c, sx + lx, ground - 50, sx + lx * 1.2, ground, ink, 4);
    circle(c, sx, ground - 80, 42, lin(c, sx - 42, 0, sx + 42, 0, [[0, '#3a2f56'], [1, ink]]));
  }
  // columns and chimneys
  column(c, r, 450, ground, 34, 300, ink);
  column(c, r, 500, ground, 24, 230, ink);
  column(c, r, 640, ground, 44, 340, ink);
  column(c, r, 700, ground, 28, 260, ink);
  column(c, r, 780, ground, 30, 200, ink);
  rect(c, 296, ground - 360, 10, 360, ink);
  rect(c, 554, ground - 380, 12, 380, ink);
  for (const [cx, cy] of [[301, ground - 360], [560, ground - 380]] as const) {
    for (let k = 0; k < 3; k++) rect(c, cx - 7, cy + 20 + k * 60, 14, 6, '#c94a4a');
  }
  // flare stack
  const fx = 880;
  const ft = ground - 330;
  line(c, fx, ground, fx, ft, ink, 8);
  line(c, fx - 30, ground, fx, ft + 120, ink, 3);
  line(c, fx + 30, ground, fx, ft + 120, ink, 3);
  glow(c, fx, ft - 30, 140, '255,150,60', 0.55);
  c.beginPath();
  c.moveTo(fx - 12, ft);
  c.quadraticCurveTo(fx - 22, ft - 40, fx + 4, ft - 80);
  c.quadraticCurveTo(fx + 2, ft - 40, fx + 14, ft);
  c.fillStyle = lin(c, 0, ft, 0, ft - 80, [[0, '#fff3c4'], [0.4, '#ffb347'], [1, 'rgba(255,90,40,0.6)']]);
  c.fill();
  // pipe racks
  for (let k = 0; k < 4; k++) line(c, 0, ground - 30 - k * 9, W, ground - 30 - k * 9, ink, 4);
  for (let x = 10; x < W; x += 48) line(c, x, ground - 66, x, ground, ink, 4);
  // ground and water with reflections
  rect(c, 0, ground, W, 20, ink);
  rect(c, 0, ground + 20, W, H - ground - 20, lin(c, 0, ground, 0, H, [[0, '#5a3560'], [1, '#171230']]));
  for (let i = 0; i < 120; i++) {
    const y = rn(r, ground + 24, H);
    const x = pick(r, [820, 880, 640, 450]) + rn(r, -50, 50);
    rect(c, x, y, rn(r, 8, 40), 2, `rgba(255,190,110,${rn(r, 0.1, 0.45)})`);
  }
}

function containerShip(c: Ctx, r: Rnd): void {
  const wl = 470;
  sky(c, [[0, '#5d9bd6'], [0.7, '#bfe0f2'], [1, '#e9f3f6']], 0, wl);
  cloud(c, r, 240, 160, 70, '#ffffff', '#d9e6f0');
  cloud(c, r, 1000, 120, 50, '#ffffff', '#d9e6f0');
  fillUnder(c, profile(r, wl - 6, 14, 2), '#7d9bb0', wl);
  rect(c, 0, wl, W, H - wl, lin(c, 0, wl, 0, H, [[0, '#2d6c9e'], [1, '#123a66']]));
  // containers (behind the bridge front)
  const cols = ['#c94a3b', '#2f6db0', '#2f9c8a', '#e39a34', '#e6c34a', '#7a4f9a', '#5a6b7a', '#d66a3c', '#f0ede4'];
  const deck = wl - 70;
  for (let bay = 0; bay < 15; bay++) {
    const bx = 300 + bay * 46;
    const tiers = 4 + Math.floor(r() * 3) - (bay > 12 ? 2 : 0);
    for (let t = 0; t < tiers; t++) {
      const y = deck - (t + 1) * 22;
      rect(c, bx, y, 44, 21, pick(r, cols));
      for (let k = 3; k < 44; k += 5) rect(c, bx + k, y + 2, 1.6, 17, 'rgba(0,0,0,0.14)');
      rect(c, bx, y, 44, 2, 'rgba(255,255,255,0.3)');
    }
  }
  // hull
  const hull: Pt[] = [[130, deck], [1060, deck - 12], [1010, wl + 30], [180, wl + 30], [150, wl]];
  poly(c, hull, '#1c2a44');
  poly(c, [[140, deck + 50], [1036, deck + 50], [1010, wl + 30], [180, wl + 30], [150, wl]], '#b5363a');
  rect(c, 130, deck, 930, 5, '#f2f2ee');
  c.fillStyle = '#f2f2ee';
  c.font = 'bold 26px "DejaVu Sans", sans-serif';
  c.fillText('NEWSWIRE CARRIER', 560, deck + 36);
  // bridge superstructure aft
  rect(c, 180, deck - 170, 90, 170, '#f1efe8');
  rect(c, 170, deck - 170, 110, 16, '#f1efe8');
  windows(c, r, 184, deck - 150, 82, 140, 4, 7, 0.9, ['#35506e'], '#35506e');
  rect(c, 166, deck - 168, 118, 10, '#2d4a6a');
  rect(c, 214, deck - 230, 28, 60, '#c94a3b');
  rect(c, 214, deck - 230, 28, 10, '#1c2a44');
  line(c, 200, deck - 170, 200, deck - 250, '#1c2a44', 3);
  // bow wave and wake
  for (let i = 0; i < 50; i++) {
    const x = rn(r, 960, 1070);
    circle(c, x, wl + 26 + rn(r, -6, 10), rn(r, 3, 9), `rgba(255,255,255,${rn(r, 0.5, 0.9)})`);
  }
  for (let i = 0; i < 70; i++) {
    const x = rn(r, 0, 190);
    rect(c, x, wl + 26 + rn(r, -4, 14), rn(r, 10, 40), 3, `rgba(255,255,255,${rn(r, 0.3, 0.7)})`);
  }
  rect(c, 0, wl + 30, W, 8, 'rgba(10,30,60,0.35)');
  // waves
  for (let i = 0; i < 140; i++) {
    const y = rn(r, wl + 40, H);
    const s = (y - wl) / 200;
    c.beginPath();
    const x = rn(r, -20, W);
    c.moveTo(x, y);
    c.quadraticCurveTo(x + 14 * s, y - 5 * s, x + 28 * s, y);
    c.strokeStyle = `rgba(200,230,250,${rn(r, 0.15, 0.45)})`;
    c.lineWidth = 2;
    c.stroke();
  }
  // gulls
  for (let i = 0; i < 4; i++) {
    const gx = rn(r, 500, 1100);
    const gy = rn(r, 60, 200);
    const gs = rn(r, 6, 11);
    c.beginPath();
    c.moveTo(gx - gs, gy);
    c.quadraticCurveTo(gx - gs / 2, gy - gs * 0.6, gx, gy);
    c.quadraticCurveTo(gx + gs / 2, gy - gs * 0.6, gx + gs, gy);
    c.strokeStyle = '#3a4a60';
    c.lineWidth = 2;
    c.stroke();
  }
}

function bankFacade(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#3f84d0'], [1, '#bfe2f6']], 0, 300);
  cloud(c, r, 170, 120, 60, '#ffffff', '#d8e8f4');
  cloud(c, r, 1060, 80, 44, '#ffffff', '#d8e8f4');
  const stone = '#e8dcc4';
  const lit = '#fbf4e4';
  const shade = '#a89880';
  const cx = 600;
  // side wings
  rect(c, 0, 190, W, 380, lin(c, 0, 190, 0, 570, [[0, '#dccdb2'], [1, '#cbb99a']]));
  for (let i = 0; i < 2; i++) {
    for (const wx of [40 + i * 90, 1080 - i * 90]) {
      rrect(c, wx, 260, 50, 110, [25, 25, 0, 0], '#5b6b82');
      rect(c, wx - 6, 370, 62, 8, stone);
      rect(c, wx, 420, 50, 90, '#5b6b82');
    }
  }
  rect(c, 0, 182, W, 16, lit);
  // portico, big, frontal
  portico(c, cx, 560, 360, 190, 6, stone, lit, shade, () => {
    // bronze doors deep in the portico
    for (const dx of [cx - 126, cx, cx + 126]) {
      rrect(c, dx - 38, 370, 76, 168, [38, 38, 0, 0], lin(c, dx - 38, 0, dx + 38, 0, [[0, '#5a3e22'], [0.5, '#9a6e3a'], [1, '#4a321c']]));
      line(c, dx, 392, dx, 538, '#3a2614', 2);
      rect(c, dx - 50, 352, 100, 8, stone);
    }
  });
  // frieze lettering
  c.fillStyle = '#7a6a50';
  c.font = 'bold 26px "DejaVu Serif", serif';
  c.textAlign = 'center';
  c.fillText('C E N T R A L   B A N K', cx, 218);
  c.textAlign = 'start';
  // relief in pediment
  circle(c, cx, 160, 26, '#cdbd9e');
  circle(c, cx, 160, 18, stone);
  poly(c, [[cx - 110, 178], [cx - 40, 168], [cx - 40, 178]], '#cdbd9e');
  poly(c, [[cx + 110, 178], [cx + 40, 168], [cx + 40, 178]], '#cdbd9e');
  // pavement and steps
  rect(c, 0, 560, W, H - 560, lin(c, 0, 560, 0, H, [[0, '#b9ab92'], [1, '#9a8c74']]));
  for (let i = 0; i < 9; i++) {
    const y = 560 + i * 13;
    const hw = 420 + i * 26;
    rect(c, cx - hw, y, hw * 2, 13, lin(c, 0, y, 0, y + 13, [[0, lit], [0.3, stone], [1, shade]]));
  }
  // lamps and pigeons on the steps
  for (const lx of [cx - 470, cx + 470]) {
    rect(c, lx - 6, 470, 12, 100, '#2e2a26');
    rrect(c, lx - 16, 440, 32, 36, 6, '#2e2a26');
    rrect(c, lx - 11, 446, 22, 24, 4, '#fff2c4');
  }
  for (let i = 0; i < 9; i++) {
    const px = rn(r, 200, 1000);
    const py = 560 + Math.floor(rn(r, 1, 9)) * 13 + 2;
    ellipse(c, px, py - 5, 7, 4.5, '#6b6f7a');
    circle(c, px + 6, py - 9, 3, '#555a66');
  }
}

/** Combine harvester in side view, driving left; (x, y) is the ground under its front wheel. */
function combine(c: Ctx, x: number, y: number, s: number): void {
  const red = '#c8322f';
  const redL = '#e4553f';
  const dark = '#2a2226';
  // grain tank, body and engine hood
  poly(c, [[x - 20 * s, y - 150 * s], [x + 110 * s, y - 150 * s], [x + 118 * s, y - 120 * s], [x - 24 * s, y - 120 * s]], '#b02a28');
  rect(c, x - 30 * s, y - 122 * s, 200 * s, 82 * s, lin(c, 0, y - 122 * s, 0, y - 40 * s, [[0, redL], [1, red]]));
  poly(c, [[x + 170 * s, y - 110 * s], [x + 215 * s, y - 96 * s], [x + 215 * s, y - 40 * s], [x + 170 * s, y - 40 * s]], red);
  rect(c, x - 30 * s, y - 80 * s, 245 * s, 6 * s, '#f4efe2');
  for (let i = 0; i < 6; i++) rect(c, x + 120 * s + i * 8 * s, y - 110 * s, 4 * s, 26 * s, 'rgba(0,0,0,0.25)');
  line(c, x + 150 * s, y - 122 * s, x + 150 * s, y - 160 * s, dark, 5 * s);
  // unloading auger folded along the side
  line(c, x + 100 * s, y - 140 * s, x + 210 * s, y - 150 * s, '#b02a28', 9 * s, 'round');
  // cab with large glass, above the header
  poly(c, [[x - 40 * s, y - 120 * s], [x + 20 * s, y - 120 * s], [x + 20 * s, y - 186 * s], [x - 50 * s, y - 186 * s]], red);
  poly(c, [[x - 36 * s, y - 124 * s], [x + 14 * s, y - 124 * s], [x + 14 * s, y - 180 * s], [x - 45 * s, y - 180 * s]], '#bfe3f0');
  line(c, x - 30 * s, y - 176 * s, x - 8 * s, y - 128 * s, 'rgba(255,255,255,0.5)', 3 * s);
  rect(c, x - 54 * s, y - 192 * s, 80 * s, 8 * s, '#f4efe2');
  circle(c, x - 48 * s, y - 196 * s, 4 * s, '#f2b544');
  // feeder and header with the reel in front (left)
  poly(c, [[x - 30 * s, y - 70 * s], [x - 30 * s, y - 40 * s], [x - 110 * s, y - 20 * s], [x - 110 * s, y - 50 * s]], '#9a2624');
  rect(c, x - 200 * s, y - 44 * s, 120 * s, 34 * s, lin(c, 0, y - 44 * s, 0, y - 10 * s, [[0, '#f2c14e'], [1, '#c99a2a']]));
  for (let i = 0; i < 12; i++) poly(c, [[x - 200 * s + i * 10 * s, y - 10 * s], [x - 196 * s + i * 10 * s, y - 2 * s], [x - 192 * s + i * 10 * s, y - 10 * s]], dark);
  const rx = x - 150 * s;
  const ry = y - 58 * s;
  c.save();
  c.beginPath();
  c.arc(rx, ry, 36 * s, 0, Math.PI * 2);
  c.fillStyle = 'rgba(120,30,30,0.25)';
  c.fill();
  c.strokeStyle = '#8a1f1f';
  c.lineWidth = 4 * s;
  c.stroke();
  for (let i = 0; i < 6; i++) {
    const a = (i / 6) * Math.PI * 2 + 0.3;
    const bx = rx + Math.cos(a) * 36 * s;
    const by = ry + Math.sin(a) * 36 * s;
    line(c, rx, ry, bx, by, '#8a1f1f', 3 * s);
    line(c, bx, by, bx - 4 * s, by + 14 * s, '#2a2226', 2.5 * s);
    circle(c, bx, by, 4 * s, '#f2c14e');
  }
  circle(c, rx, ry, 6 * s, '#2a2226');
  c.restore();
  line(c, rx, ry, x - 60 * s, y - 96 * s, '#9a2624', 6 * s);
  // wheels
  for (const [wx, wr] of [[x + 20 * s, 44], [x + 180 * s, 28]] as const) {
    circle(c, wx, y - wr * s, wr * s, '#1e1e22');
    circle(c, wx, y - wr * s, wr * 0.5 * s, '#f2c14e');
    circle(c, wx, y - wr * s, wr * 0.18 * s, '#8a6a1a');
  }
}

function wheatField(c: Ctx, r: Rnd): void {
  const horizon = 360;
  sky(c, [[0, '#2f74c6'], [0.7, '#93c6ec'], [1, '#e6f1ea']], 0, horizon);
  glow(c, 200, 90, 260, '255,248,220', 0.5);
  cloud(c, r, 300, 220, 120, '#ffffff', '#cfdfee');
  cloud(c, r, 880, 170, 90, '#ffffff', '#cfdfee');
  cloud(c, r, 1120, 270, 60, '#ffffff', '#cfdfee');
  cloud(c, r, 620, 300, 50, '#ffffff', '#cfdfee');
  fillUnder(c, profile(r, horizon - 8, 18, 2), '#7a9a84', horizon + 10);
  for (let x = 0; x < W; x += rn(r, 8, 20)) circle(c, x, horizon - 4 + rn(r, -4, 4), rn(r, 6, 14), '#4f7a52');
  // field with perspective furrows
  rect(c, 0, horizon, W, H - horizon, lin(c, 0, horizon, 0, H, [[0, '#e2b44f'], [0.4, '#d9a03c'], [1, '#b97a25']]));
  // harvested strip (lighter stubble) behind the combine
  poly(c, [[760, horizon + 70], [W, horizon + 52], [W, horizon + 116], [760, horizon + 96]], lin(c, 760, 0, W, 0, [[0, 'rgba(240,215,140,0.8)'], [1, 'rgba(240,215,140,0.35)']]));
  for (let i = -40; i <= 40; i++) {
    const x0 = 600 + i * 4;
    const x1 = 600 + i * 70;
    line(c, x0, horizon, x1, H, i % 2 ? 'rgba(140,80,20,0.12)' : 'rgba(255,230,150,0.12)', 2);
  }
  // dust and the combine
  glow(c, 820, horizon + 40, 220, '240,210,150', 0.6);
  combine(c, 620, horizon + 96, 0.95);
  // foreground wheat ears
  for (let i = 0; i < 900; i++) {
    const y = rn(r, horizon + 160, H + 30);
    const s = (y - horizon) / 300;
    const x = rn(r, -10, W + 10);
    const len = 30 * s;
    line(c, x, y, x + 3 * s, y - len, `rgba(${pick(r, ['200,140,50', '230,180,80', '170,110,40'])},0.8)`, 1.3 * s);
    ellipse(c, x + 3 * s, y - len - 5 * s, 2.4 * s, 7 * s, pick(r, ['#f2cc6a', '#e0b04c', '#c98f30']), 0.15);
  }
}

function navalShipSea(c: Ctx, r: Rnd): void {
  const wl = 440;
  sky(c, [[0, '#5a6c86'], [0.6, '#a7b6c6'], [1, '#d6dde2']], 0, wl);
  for (let i = 0; i < 9; i++) {
    const y = rn(r, 40, 300);
    ellipse(c, rn(r, 0, W), y, rn(r, 160, 360), rn(r, 12, 26), `rgba(${r() < 0.5 ? '225,230,236' : '120,135,155'},${rn(r, 0.25, 0.45)})`);
  }
  glow(c, 900, 300, 380, '255,245,225', 0.3);
  rect(c, 0, wl, W, H - wl, lin(c, 0, wl, 0, H, [[0, '#58708a'], [1, '#1e3149']]));
  const hl = '#9aa5b3';
  const hs = '#6f7a89';
  const dk = '#4c5563';
  // hull: long and low, raked bow on the right
  poly(c, [[170, wl - 70], [1060, wl - 84], [1000, wl + 22], [190, wl + 22], [176, wl]], lin(c, 0, wl - 84, 0, wl + 22, [[0, hl], [1, hs]]));
  rect(c, 180, wl + 10, 825, 12, '#3a4150');
  c.fillStyle = '#f2f2f2';
  c.font = 'bold 40px "DejaVu Sans", sans-serif';
  c.fillText('217', 900, wl - 22);
  // superstructure stepped blocks with slanted faces
  poly(c, [[330, wl - 72], [760, wl - 78], [740, wl - 150], [360, wl - 146]], hl);
  poly(c, [[440, wl - 146], [700, wl - 150], [680, wl - 210], [470, wl - 206]], hl);
  poly(c, [[700, wl - 150], [760, wl - 78], [740, wl - 150]], hs);
  rect(c, 600, wl - 196, 70, 12, dk);
  // integrated mast with radar panels
  poly(c, [[520, wl - 206], [620, wl - 208], [585, wl - 330], [555, wl - 330]], hl);
  poly(c, [[585, wl - 330], [620, wl - 208], [600, wl - 208], [575, wl - 330]], hs);
  rect(c, 548, wl - 300, 44, 30, dk);
  line(c, 570, wl - 330, 570, wl - 392, dk, 3);
  rect(c, 546, wl - 362, 48, 5, dk);
  circle(c, 570, wl - 340, 9, '#c9ced6');
  line(c, 562, wl - 392, 578, wl - 380, dk, 2);
  // funnel
  poly(c, [[400, wl - 146], [460, wl - 148], [450, wl - 200], [410, wl - 198]], hs);
  // gun turret and missile deck forward
  poly(c, [[830, wl - 80], [900, wl - 82], [890, wl - 112], [846, wl - 110]], hl);
  line(c, 890, wl - 100, 990, wl - 108, dk, 6);
  rect(c, 770, wl - 96, 50, 18, hs);
  // helicopter deck aft
  rect(c, 180, wl - 74, 140, 6, '#c9ced6');
  // bow wave and wake
  for (let i = 0; i < 60; i++) circle(c, rn(r, 990, 1080), wl + 16 + rn(r, -6, 10), rn(r, 3, 10), `rgba(255,255,255,${rn(r, 0.4, 0.9)})`);
  for (let i = 0; i < 80; i++) rect(c, rn(r, 0, 200), wl + 18 + rn(r, -4, 16), rn(r, 10, 50), 3, `rgba(255,255,255,${rn(r, 0.3, 0.7)})`);
  rect(c, 150, wl + 22, 900, 6, 'rgba(20,30,45,0.35)');
  for (let i = 0; i < 160; i++) {
    const y = rn(r, wl + 30, H);
    const s = (y - wl) / 180;
    const x = rn(r, -20, W);
    c.beginPath();
    c.moveTo(x, y);
    c.quadraticCurveTo(x + 16 * s, y - 5 * s, x + 32 * s, y);
    c.strokeStyle = `rgba(200,215,230,${rn(r, 0.15, 0.4)})`;
    c.lineWidth = 2;
    c.stroke();
  }
}

/** Fighter jet seen from below, nose along +x, length ~100 units. */
export function jet(c: Ctx, x: number, y: number, s: number, angle: number, body: string, shade: string): void {
  c.save();
  c.translate(x, y);
  c.rotate(angle);
  c.scale(s, s);
  poly(c, [[8, -5], [-22, -46], [-34, -46], [-20, -5]], shade);
  poly(c, [[8, 5], [-22, 46], [-34, 46], [-20, 5]], body);
  poly(c, [[-38, -4], [-52, -20], [-58, -20], [-52, -4]], shade);
  poly(c, [[-38, 4], [-52, 20], [-58, 20], [-52, 4]], body);
  poly(c, [[52, 0], [36, -6], [-50, -7], [-56, 0], [-50, 7], [36, 6]], lin(c, 0, -7, 0, 7, [[0, shade], [0.5, body], [1, shade]]));
  ellipse(c, 24, 0, 10, 3, 'rgba(40,60,90,0.8)');
  rect(c, -60, -5, 4, 10, '#3a3f4a');
  c.restore();
}

function aircraftFormation(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#1c4f9c'], [0.6, '#4f8fd6'], [1, '#a9d3f2']]);
  glow(c, 1080, 80, 380, '255,250,230', 0.55);
  cloud(c, r, 200, 620, 140, 'rgba(255,255,255,0.9)', 'rgba(200,220,240,0.8)');
  cloud(c, r, 760, 680, 170, 'rgba(255,255,255,0.9)', 'rgba(200,220,240,0.8)');
  const a = -0.38;
  const dx = Math.cos(a);
  const dy = Math.sin(a);
  const lead: Pt = [820, 250];
  const planes: Pt[] = [
    lead,
    [lead[0] - 150 * dx - 120 * -dy, lead[1] - 150 * dy - 120 * dx],
    [lead[0] - 150 * dx + 120 * -dy, lead[1] - 150 * dy + 120 * dx],
  ];
  // contrails first
  for (const [px, py] of planes) {
    for (const side of [-1, 1]) {
      const ox = px - 78 * dx + side * 10 * -dy;
      const oy = py - 78 * dy + side * 10 * dx;
      const len = 1100;
      const ex = ox - len * dx;
      const ey = oy - len * dy;
      const nx = -dy;
      const ny = dx;
      poly(c, [[ox + nx * 2, oy + ny * 2], [ex + nx * 22, ey + ny * 22], [ex - nx * 22, ey - ny * 22], [ox - nx * 2, oy - ny * 2]],
        lin(c, ox, oy, ex, ey, [[0, 'rgba(255,255,255,0.95)'], [0.5, 'rgba(255,255,255,0.55)'], [1, 'rgba(255,255,255,0)']]));
    }
  }
  for (const [px, py] of planes) jet(c, px, py, 1.5, a, '#d9dee6', '#8d97a6');
}

function radarStation(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#050a22'], [0.6, '#14245a'], [1, '#2d4a7a']]);
  stars(c, r, 260, 520, 1.8);
  circle(c, 180, 110, 30, '#f4efdc');
  glow(c, 180, 110, 160, '220,230,255', 0.25);
  fillUnder(c, profile(r, 560, 40, 1.2), '#14203c');
  // the hill
  c.beginPath();
  c.moveTo(200, H);
  c.bezierCurveTo(420, 420, 560, 400, 700, 400);
  c.bezierCurveTo(860, 400, 980, 460, 1200, 560);
  c.lineTo(1200, H);
  c.closePath();
  c.fillStyle = lin(c, 0, 400, 0, H, [[0, '#22345a'], [1, '#0b1428']]);
  c.fill();
  const top = 400;
  // service road winding up the hill
  c.beginPath();
  c.moveTo(1000, H);
  c.bezierCurveTo(760, 600, 980, 520, 760, 440);
  c.strokeStyle = 'rgba(150,170,210,0.25)';
  c.lineWidth = 10;
  c.stroke();
  for (const [lx, ly] of [[960, 630], [880, 570], [900, 510], [820, 462]] as const) {
    circle(c, lx, ly, 2.4, '#ffe3a3');
    glow(c, lx, ly, 18, '255,220,150', 0.5);
  }
  // lattice mast
  const mx = 860;
  line(c, mx - 16, top + 26, mx, top - 200, '#0c1426', 3);
  line(c, mx + 16, top + 26, mx, top - 200, '#0c1426', 3);
  for (let i = 0; i < 10; i++) {
    const y0 = top + 26 - i * 22;
    const w0 = 16 * (1 - i / 10);
    const w1 = 16 * (1 - (i + 1) / 10);
    line(c, mx - w0, y0, mx + w1, y0 - 22, '#0c1426', 1.5);
    line(c, mx + w0, y0, mx - w1, y0 - 22, '#0c1426', 1.5);
  }
  circle(c, mx, top - 204, 4, '#ff4a4a');
  glow(c, mx, top - 204, 30, '255,70,70', 0.8);
  // building
  rect(c, 720, top - 30, 110, 50, '#1a2644');
  windows(c, r, 726, top - 24, 98, 30, 5, 1, 0.8, ['#ffd98a'], '#10182e');
  // main radome
  const dx = 600;
  const dy = top - 110;
  const R = 95;
  rect(c, dx - 70, dy + 60, 140, 60, '#c9d2e2');
  rect(c, dx - 70, dy + 60, 140, 8, '#a8b4c8');
  circle(c, dx, dy, R, rad(c, dx - 40, dy - 40, R * 1.5, [[0, '#ffffff'], [0.5, '#d8e0ee'], [1, '#7e8ca8']]));
  c.save();
  c.beginPath();
  c.arc(dx, dy, R, 0, Math.PI * 2);
  c.clip();
  c.strokeStyle = 'rgba(90,105,140,0.35)';
  c.lineWidth = 1.3;
  for (let i = -5; i <= 5; i++) {
    c.beginPath();
    c.ellipse(dx, dy, Math.abs(i) * 19, R, 0, 0, Math.PI * 2);
    c.stroke();
    line(c, dx - R, dy + i * 19, dx + R, dy + i * 19, 'rgba(90,105,140,0.35)', 1.3);
  }
  c.restore();
  glow(c, dx - 40, dy - 40, 120, '210,225,255', 0.25);
  // small dome
  circle(c, 470, top - 20, 40, rad(c, 455, top - 38, 60, [[0, '#f4f6fb'], [1, '#8592ad']]));
  rect(c, 440, top + 14, 60, 20, '#a8b4c8');
  // fence
  for (let x = 380; x < 880; x += 16) line(c, x, top + 40, x, top + 20, 'rgba(10,18,36,0.8)', 1.5);
  line(c, 380, top + 22, 880, top + 22, 'rgba(10,18,36,0.8)', 1.5);
  glow(c, 600, top + 40, 300, '120,160,255', 0.12);
}
// ---------------------------------------------------------------------------
// Scenes: science and exploration
// ---------------------------------------------------------------------------

function rocketLaunch(c: Ctx, r: Rnd): void {
  const ground = 560;
  sky(c, [[0, '#0c1440'], [0.45, '#2c3578'], [0.75, '#a2587a'], [0.88, '#f0946a']], 0, ground);
  stars(c, r, 90, 260, 1.4);
  const rx = 660;
  const tail = 380;
  glow(c, rx, tail + 120, 620, '255,170,90', 0.55);
  // distant shoreline
  fillUnder(c, profile(r, ground - 6, 12, 3), '#2a2345', ground + 4);
  // launch tower with service arms
  const tx = 520;
  rect(c, tx - 26, 110, 52, ground - 110, '#3a2c3e');
  for (let y = 120; y < ground; y += 26) {
    line(c, tx - 26, y, tx + 26, y + 26, '#b8533f', 2);
    line(c, tx + 26, y, tx - 26, y + 26, '#b8533f', 2);
    line(c, tx - 26, y, tx + 26, y, '#b8533f', 2);
  }
  line(c, tx - 26, 110, tx - 26, ground, '#d96a4a', 4);
  line(c, tx + 26, 110, tx + 26, ground, '#d96a4a', 4);
  rect(c, tx + 26, 180, 90, 10, '#b8533f');
  rect(c, tx + 26, 300, 70, 8, '#b8533f');
  line(c, tx, 110, tx, 60, '#3a2c3e', 4);
  circle(c, tx, 58, 4, '#ff5050');
  // exhaust column and billowing plume
  c.save();
  c.globalCompositeOperation = 'lighter';
  poly(c, [[rx - 22, tail], [rx + 22, tail], [rx + 90, ground], [rx - 90, ground]], lin(c, 0, tail, 0, ground, [[0, 'rgba(255,220,150,0.6)'], [1, 'rgba(255,150,90,0.15)']]));
  c.restore();
  const puffs: [number, number, number][] = [];
  for (let i = 0; i < 90; i++) {
    const side = r() < 0.5 ? -1 : 1;
    const d = Math.pow(r(), 0.7) * 560;
    const x = rx + side * d;
    const rr = 40 + (560 - d) * 0.12 + rn(r, -10, 20);
    puffs.push([x, ground - rr * 0.4 - rn(r, 0, 40) * (1 - d / 560), rr]);
  }
  puffs.sort((a, b) => b[2] - a[2]);
  for (const [x, y, rr] of puffs) {
    const near = Math.max(0, 1 - Math.abs(x - rx) / 500);
    circle(c, x + rr * 0.1, y + rr * 0.12, rr, `rgb(${Math.round(110 + 80 * near)},${Math.round(90 + 60 * near)},${Math.round(110 + 10 * near)})`);
    circle(c, x - rr * 0.08, y - rr * 0.1, rr * 0.86, `rgb(${Math.round(200 + 55 * near)},${Math.round(180 + 50 * near)},${Math.round(185 + 20 * near)})`);
  }
  // flame
  glow(c, rx, tail + 40, 200, '255,200,120', 0.8);
  c.beginPath();
  c.moveTo(rx - 22, tail);
  c.quadraticCurveTo(rx - 30, tail + 90, rx, tail + 180);
  c.quadraticCurveTo(rx + 30, tail + 90, rx + 22, tail);
  c.closePath();
  c.fillStyle = lin(c, 0, tail, 0, tail + 180, [[0, '#ffffff'], [0.35, '#fff0a8'], [0.7, '#ffaa3c'], [1, 'rgba(255,110,40,0)']]);
  c.fill();
  c.beginPath();
  c.moveTo(rx - 12, tail);
  c.quadraticCurveTo(rx - 14, tail + 50, rx, tail + 90);
  c.quadraticCurveTo(rx + 14, tail + 50, rx + 12, tail);
  c.fillStyle = '#ffffff';
  c.fill();
  // rocket
  const top = 70;
  const body = lin(c, rx - 26, 0, rx + 26, 0, [[0, '#ffffff'], [0.55, '#e6e3ea'], [1, '#9a93a8']]);
  rect(c, rx - 26, top + 70, 52, tail - top - 90, body);
  c.beginPath();
  c.moveTo(rx - 26, top + 72);
  c.bezierCurveTo(rx - 26, top + 30, rx - 8, top, rx, top);
  c.bezierCurveTo(rx + 8, top, rx + 26, top + 30, rx + 26, top + 72);
  c.closePath();
  c.fillStyle = body;
  c.fill();
  rect(c, rx - 26, top + 110, 52, 16, '#1d1d2a');
  rect(c, rx - 26, tail - 80, 52, 22, '#1d1d2a');
  c.fillStyle = '#1d1d2a';
  c.font = 'bold 15px "DejaVu Sans", sans-serif';
  c.save();
  c.translate(rx + 5, top + 136);
  c.rotate(Math.PI / 2);
  c.fillText('NEWSWIRE', 0, 0);
  c.restore();
  poly(c, [[rx - 26, tail - 60], [rx - 48, tail - 4], [rx - 26, tail - 14]], '#b8533f');
  poly(c, [[rx + 26, tail - 60], [rx + 48, tail - 4], [rx + 26, tail - 14]], '#7e3a30');
  poly(c, [[rx - 22, tail - 20], [rx + 22, tail - 20], [rx + 18, tail], [rx - 18, tail]], '#3a3442');
  glow(c, rx + 10, tail - 40, 60, '255,190,120', 0.35);
  // ground
  rect(c, 0, ground + 4, W, H - ground, lin(c, 0, ground, 0, H, [[0, '#4a2e40'], [1, '#1a1328']]));
  for (let i = 0; i < 70; i++) {
    const y = rn(r, ground + 10, H);
    rect(c, rx + rn(r, -260, 260), y, rn(r, 10, 60), 2, `rgba(255,190,120,${rn(r, 0.1, 0.4)})`);
  }
}

function satelliteOrbit(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#02030c'], [1, '#0b1233']]);
  stars(c, r, 260, H, 1.6);
  const ex = 520;
  const ey = 2475;
  const R = 2045;
  // atmosphere halo
  c.fillStyle = rad(c, ex, ey, R + 90, [[0, 'rgba(80,150,255,0)'], [(R - 20) / (R + 90), 'rgba(80,150,255,0)'], [R / (R + 90), 'rgba(120,190,255,0.9)'], [1, 'rgba(60,110,255,0)']]);
  c.fillRect(0, 0, W, H);
  // the planet
  c.save();
  c.beginPath();
  c.arc(ex, ey, R, 0, Math.PI * 2);
  c.clip();
  rect(c, 0, 0, W, H, lin(c, 0, 420, 0, H, [[0, '#2f7fd0'], [1, '#0d3a7a']]));
  for (let i = 0; i < 12; i++) {
    const x = rn(r, -100, W + 100);
    const y = rn(r, 460, H + 40);
    for (let k = 0; k < 8; k++) ellipse(c, x + rn(r, -90, 90), y + rn(r, -20, 20), rn(r, 30, 90), rn(r, 8, 22), pick(r, ['#5d8f4a', '#7a9a54', '#b59a66', '#4f7e45']));
  }
  for (let i = 0; i < 70; i++) {
    const y = rn(r, 430, H);
    ellipse(c, rn(r, -50, W + 50), y, rn(r, 40, 160), rn(r, 4, 12) * (y - 400) / 150, `rgba(255,255,255,${rn(r, 0.35, 0.8)})`, rn(r, -0.1, 0.1));
  }
  // night side on the right with city lights
  rect(c, 0, 0, W, H, lin(c, 380, 0, 1200, 0, [[0, 'rgba(2,6,20,0)'], [0.55, 'rgba(2,6,20,0.55)'], [1, 'rgba(2,6,20,0.88)']]));
  for (let i = 0; i < 160; i++) {
    const x = rn(r, 880, W);
    const y = rn(r, 480, H);
    circle(c, x, y, rn(r, 0.6, 1.6), `rgba(255,210,120,${rn(r, 0.4, 0.9)})`);
  }
  c.restore();
  // sunrise on the limb
  const sx = 110;
  const sy = ey - Math.sqrt(R * R - (sx - ex) * (sx - ex)) - 6;
  glow(c, sx, sy, 260, '255,230,190', 0.7);
  glow(c, sx, sy, 60, '255,255,255', 0.9);
  line(c, sx - 220, sy, sx + 220, sy, 'rgba(255,240,210,0.5)', 2);
  // the satellite
  const cx = 700;
  const cy = 230;
  c.save();
  c.translate(cx, cy);
  c.rotate(-0.16);
  for (const side of [-1, 1]) {
    line(c, side * 46, 0, side * 90, 0, '#c8ccd6', 5);
    for (let p = 0; p < 2; p++) {
      const px = side * (90 + p * 150) + (side < 0 ? -146 : 0);
      rect(c, px, -50, 146, 100, lin(c, px, -50, px + 146, 50, [[0, '#2d4fa8'], [0.45, '#4d7ee0'], [0.55, '#87aef0'], [1, '#1f3b86']]));
      for (let g = 1; g < 6; g++) line(c, px + (146 * g) / 6, -50, px + (146 * g) / 6, 50, 'rgba(10,20,60,0.6)', 1.5);
      for (let g = 1; g < 4; g++) line(c, px, -50 + 25 * g, px + 146, -50 + 25 * g, 'rgba(10,20,60,0.6)', 1.5);
      c.strokeStyle = '#c8ccd6';
      c.lineWidth = 3;
      c.strokeRect(px, -50, 146, 100);
    }
  }
  rect(c, -46, -44, 92, 88, lin(c, -46, -44, 46, 44, [[0, '#f7d774'], [0.4, '#d9a53a'], [0.7, '#f2c75a'], [1, '#9a6a1c']]));
  for (let k = 0; k < 10; k++) line(c, -46 + rn(r, 0, 92), -44, -46 + rn(r, 0, 92), 44, 'rgba(120,80,20,0.3)', 1.2);
  rect(c, -46, -44, 92, 10, '#e9e9ee');
  c.beginPath();
  c.ellipse(0, -78, 44, 16, 0, 0, Math.PI * 2);
  c.fillStyle = lin(c, -44, -78, 44, -78, [[0, '#ffffff'], [1, '#a9afbf']]);
  c.fill();
  line(c, 0, -44, 0, -70, '#c8ccd6', 4);
  line(c, 0, -78, 0, -108, '#c8ccd6', 2);
  line(c, 30, 44, 44, 80, '#c8ccd6', 2);
  c.restore();
  glow(c, cx - 40, cy - 30, 120, '255,240,210', 0.18);
}

function observatoryNight(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#04061a'], [0.6, '#111a46'], [1, '#2f3566']]);
  // Milky Way band
  c.save();
  c.translate(600, 330);
  c.rotate(-0.45);
  for (let i = 0; i < 60; i++) {
    const x = rn(r, -800, 800);
    const y = (r() + r() + r() - 1.5) * 60;
    glow(c, x, y, rn(r, 60, 140), pick(r, ['200,210,255', '255,210,230', '190,230,255']), rn(r, 0.06, 0.14));
  }
  for (let i = 0; i < 1400; i++) {
    const x = rn(r, -800, 800);
    const y = (r() + r() + r() + r() - 2) * 70;
    circle(c, x, y, Math.pow(r(), 4) * 1.6 + 0.35, `rgba(255,250,240,${rn(r, 0.3, 0.9)})`);
  }
  for (let i = 0; i < 16; i++) {
    c.save();
    c.translate(rn(r, -700, 700), rn(r, -10, 16));
    c.scale(1, 0.14);
    glow(c, 0, 0, rn(r, 60, 140), '6,8,26', 0.5);
    c.restore();
  }
  c.restore();
  stars(c, r, 160, H, 1.7);
  // distant town glow
  glow(c, 200, 600, 400, '255,170,120', 0.18);
  fillUnder(c, profile(r, 560, 50, 1.4), '#121832');
  // hill with the observatory
  c.beginPath();
  c.moveTo(420, H);
  c.bezierCurveTo(600, 480, 760, 470, 900, 480);
  c.bezierCurveTo(1040, 490, 1120, 520, 1220, 560);
  c.lineTo(1220, H);
  c.closePath();
  c.fillStyle = '#0b1024';
  c.fill();
  const ox = 820;
  const base = 482;
  rect(c, ox - 80, base - 100, 160, 104, lin(c, ox - 80, 0, ox + 80, 0, [[0, '#dfe4f0'], [1, '#8a93ad']]));
  rrect(c, ox - 18, base - 50, 36, 54, [18, 18, 0, 0], '#2a2030');
  glow(c, ox, base - 20, 40, '255,80,80', 0.4);
  c.beginPath();
  c.ellipse(ox, base - 100, 92, 88, 0, Math.PI, 0);
  c.closePath();
  c.fillStyle = lin(c, ox - 92, 0, ox + 92, 0, [[0, '#f4f6fb'], [0.5, '#c9d0e0'], [1, '#6f7894']]);
  c.fill();
  rect(c, ox - 96, base - 104, 192, 8, '#7c86a0');
  // open slit and telescope
  poly(c, [[ox - 14, base - 104], [ox + 14, base - 104], [ox + 10, base - 186], [ox - 10, base - 186]], '#0a0d1e');
  c.save();
  c.translate(ox, base - 120);
  c.rotate(-0.5);
  rect(c, -10, -60, 20, 60, '#9aa3bd');
  rect(c, -12, -64, 24, 8, '#c9d0e0');
  c.restore();
  line(c, ox - 100, base - 96, ox - 100, base + 4, 'rgba(255,255,255,0.2)', 2);
  // pines
  for (let i = 0; i < 18; i++) {
    const x = rn(r, 430, 1200);
    if (Math.abs(x - ox) < 120) continue;
    const y = x < 700 ? 700 - (x - 420) * 0.7 + 40 : 500 + Math.abs(x - 900) * 0.15;
    pine(c, x, y + 20, rn(r, 50, 110), '#060914');
  }
  pineRow(c, r, 690, 60, 140, 30, '#05070f', 10);
}

/** Draws a glass vessel: liquid fill below `level`, glass outline, highlight. */
function vessel(c: Ctx, shape: (c: Ctx) => void, level: number, bottom: number, liquid: string, x0: number, x1: number): void {
  c.save();
  shape(c);
  c.fillStyle = 'rgba(230,245,250,0.18)';
  c.fill();
  c.clip();
  rect(c, x0, level, x1 - x0, bottom - level, lin(c, x0, 0, x1, 0, [[0, liquid], [0.5, liquid], [1, 'rgba(20,20,60,0.5)']]));
  rect(c, x0, level, x1 - x0, bottom - level, lin(c, 0, level, 0, bottom, [[0, 'rgba(255,255,255,0.25)'], [0.1, 'rgba(255,255,255,0)'], [1, 'rgba(0,0,40,0.2)']]));
  ellipse(c, (x0 + x1) / 2, level, (x1 - x0) / 2, 5, 'rgba(255,255,255,0.35)');
  rect(c, x0 + (x1 - x0) * 0.12, 0, (x1 - x0) * 0.08, H, 'rgba(255,255,255,0.35)');
  c.restore();
  shape(c);
  c.strokeStyle = 'rgba(40,80,100,0.45)';
  c.lineWidth = 4;
  c.stroke();
  shape(c);
  c.strokeStyle = 'rgba(255,255,255,0.75)';
  c.lineWidth = 2;
  c.stroke();
}

function laboratoryGlassware(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#1f5c6e'], [1, '#3d8a8f']], 0, 470);
  glow(c, 900, 120, 500, '220,255,250', 0.35);
  // blurred shelf with bottles behind
  rect(c, 0, 230, W, 10, 'rgba(10,40,50,0.35)');
  for (let i = 0; i < 16; i++) {
    const x = 30 + i * 76 + rn(r, -10, 10);
    const h = rn(r, 40, 90);
    rrect(c, x, 230 - h, rn(r, 26, 40), h, 6, `rgba(${pick(r, ['200,240,240', '120,200,210', '240,210,160'])},0.18)`);
  }
  // bench
  const bench = 470;
  rect(c, 0, bench, W, H - bench, lin(c, 0, bench, 0, H, [[0, '#e8edef'], [0.1, '#c9d3d6'], [1, '#8fa2a8']]));
  rect(c, 0, bench, W, 6, '#f6f9fa');
  const base = bench + 90;
  // test tube rack
  rect(c, 90, base - 80, 300, 14, '#d9c29a');
  rect(c, 90, base - 12, 300, 12, '#bfa57a');
  rect(c, 96, base - 80, 10, 80, '#bfa57a');
  rect(c, 374, base - 80, 10, 80, '#bfa57a');
  const tubeCols = ['#ff4f7a', '#ffc93d', '#35c5ff', '#7be26a', '#b06bff'];
  tubeCols.forEach((col, i) => {
    const tx = 130 + i * 54;
    const shape = (k: Ctx): void => {
      k.beginPath();
      k.moveTo(tx - 13, base - 210);
      k.lineTo(tx - 13, base - 30);
      k.arc(tx, base - 30, 13, Math.PI, 0, true);
      k.lineTo(tx + 13, base - 210);
    };
    vessel(c, shape, base - 70 - rn(r, 20, 90), base, col, tx - 13, tx + 13);
    ellipse(c, tx, base - 210, 15, 4, 'rgba(255,255,255,0.7)');
  });
  rect(c, 90, base - 120, 300, 14, '#d9c29a');
  // Erlenmeyer flask
  const fx = 540;
  vessel(c, (k) => {
    k.beginPath();
    k.moveTo(fx - 20, base - 250);
    k.lineTo(fx - 20, base - 170);
    k.lineTo(fx - 110, base - 14);
    k.quadraticCurveTo(fx - 116, base, fx - 98, base);
    k.lineTo(fx + 98, base);
    k.quadraticCurveTo(fx + 116, base, fx + 110, base - 14);
    k.lineTo(fx + 20, base - 170);
    k.lineTo(fx + 20, base - 250);
  }, base - 110, base, '#e83e8c', fx - 116, fx + 116);
  ellipse(c, fx, base - 250, 24, 6, 'rgba(255,255,255,0.75)');
  // round-bottom flask on a cork ring
  const rx = 770;
  ellipse(c, rx, base - 6, 50, 10, '#a8794a');
  vessel(c, (k) => {
    k.beginPath();
    k.moveTo(rx - 16, base - 300);
    k.lineTo(rx - 16, base - 176);
    k.arc(rx, base - 96, 82, -Math.PI / 2 - 0.2, Math.PI * 1.5 + 0.2, true);
    k.lineTo(rx + 16, base - 300);
  }, base - 120, base, '#26b8d9', rx - 82, rx + 82);
  ellipse(c, rx, base - 300, 20, 5, 'rgba(255,255,255,0.75)');
  // beaker
  const bx = 960;
  vessel(c, (k) => {
    k.beginPath();
    k.moveTo(bx - 80, base - 190);
    k.lineTo(bx - 72, base - 180);
    k.lineTo(bx - 72, base - 6);
    k.quadraticCurveTo(bx - 72, base, bx - 64, base);
    k.lineTo(bx + 64, base);
    k.quadraticCurveTo(bx + 72, base, bx + 72, base - 6);
    k.lineTo(bx + 72, base - 184);
  }, base - 96, base, '#ffb020', bx - 72, bx + 72);
  for (let g = 0; g < 5; g++) line(c, bx + 30, base - 40 - g * 26, bx + 56, base - 40 - g * 26, 'rgba(255,255,255,0.7)', 2);
  // graduated cylinder
  const gx = 1110;
  vessel(c, (k) => {
    k.beginPath();
    k.moveTo(gx - 26, base - 320);
    k.lineTo(gx - 26, base - 14);
    k.lineTo(gx + 26, base - 14);
    k.lineTo(gx + 26, base - 320);
  }, base - 200, base - 14, '#5ed36a', gx - 26, gx + 26);
  rect(c, gx - 44, base - 14, 88, 14, 'rgba(220,240,245,0.8)');
  for (let g = 0; g < 12; g++) line(c, gx - 6, base - 40 - g * 22, gx + 16, base - 40 - g * 22, 'rgba(255,255,255,0.65)', 1.5);
  // bubbles
  for (let i = 0; i < 40; i++) {
    const [bx0, by0, bw] = pick(r, [[fx, base - 60, 60], [rx, base - 60, 40], [960, base - 50, 50]] as const);
    c.beginPath();
    c.arc(bx0 + rn(r, -bw, bw), by0 + rn(r, -40, 40), rn(r, 2, 6), 0, Math.PI * 2);
    c.strokeStyle = 'rgba(255,255,255,0.7)';
    c.lineWidth = 1.5;
    c.stroke();
  }
  // reflections on the bench
  for (const [x, col] of [[fx, '232,62,140'], [rx, '38,184,217'], [bx, '255,176,32'], [gx, '94,211,106']] as const) {
    ellipse(c, x, base + 16, 90, 12, `rgba(${col},0.18)`);
  }
}

export function icebreakerShip(c: Ctx, x: number, wl: number, s: number): void {
  const red = '#c8322f';
  const redS = '#8e1f24';
  // hull, bow to the right
  poly(c, [[x, wl - 80 * s], [x + 560 * s, wl - 92 * s], [x + 640 * s, wl - 96 * s], [x + 590 * s, wl + 18 * s], [x + 40 * s, wl + 18 * s], [x + 6 * s, wl - 20 * s]],
    lin(c, 0, wl - 96 * s, 0, wl + 18 * s, [[0, red], [1, redS]]));
  rect(c, x, wl - 84 * s, 600 * s, 6 * s, '#f2f0ea');
  c.fillStyle = '#f2f0ea';
  c.font = `bold ${Math.round(30 * s)}px "DejaVu Sans", sans-serif`;
  c.fillText('POLARIS', x + 420 * s, wl - 40 * s);
  // superstructure
  rect(c, x + 90 * s, wl - 190 * s, 230 * s, 110 * s, '#f2f0ea');
  rect(c, x + 140 * s, wl - 250 * s, 170 * s, 62 * s, '#f2f0ea');
  rect(c, x + 130 * s, wl - 262 * s, 190 * s, 14 * s, '#e9e4da');
  windows(c, mulberry32(7), x + 96 * s, wl - 182 * s, 218 * s, 90 * s, 12, 3, 1, ['#2f4a66'], '#2f4a66');
  windows(c, mulberry32(8), x + 146 * s, wl - 244 * s, 160 * s, 40 * s, 9, 1, 1, ['#1f3a56'], '#1f3a56');
  // funnel and mast
  rect(c, x + 120 * s, wl - 270 * s, 50 * s, 80 * s, '#f2f0ea');
  rect(c, x + 120 * s, wl - 270 * s, 50 * s, 14 * s, '#1e2a3a');
  rect(c, x + 120 * s, wl - 236 * s, 50 * s, 12 * s, red);
  poly(c, [[x + 240 * s, wl - 262 * s], [x + 262 * s, wl - 262 * s], [x + 254 * s, wl - 320 * s], [x + 248 * s, wl - 320 * s]], '#f2f0ea');
  rect(c, x + 232 * s, wl - 300 * s, 38 * s, 5 * s, '#2a2e3a');
  circle(c, x + 251 * s, wl - 330 * s, 11 * s, '#f2f0ea');
  rect(c, x + 180 * s, wl - 280 * s, 6 * s, 18 * s, '#2a2e3a');
  // foredeck crane
  line(c, x + 420 * s, wl - 92 * s, x + 420 * s, wl - 150 * s, '#e6b43a', 6 * s);
  line(c, x + 420 * s, wl - 150 * s, x + 500 * s, wl - 120 * s, '#e6b43a', 5 * s);
}

function arcticIcebreaker(c: Ctx, r: Rnd): void {
  const horizon = 330;
  sky(c, [[0, '#7fa9d3'], [0.6, '#cfe0ee'], [1, '#f7e2d2']], 0, horizon);
  glow(c, 180, horizon - 20, 300, '255,225,200', 0.5);
  fillUnder(c, mountains(r, horizon, 90), '#dfe9f3', horizon + 2);
  fillUnder(c, mountains(r, horizon, 50), '#b9cde2', horizon + 2);
  // open water base
  rect(c, 0, horizon, W, H - horizon, lin(c, 0, horizon, 0, H, [[0, '#3d6283'], [1, '#0f2d48']]));
  const wl = 470;
  const shipX = 260;
  const shipS = 1;
  const floes = (yFrom: number, yTo: number): void => {
    for (let y = yFrom; y < yTo; ) {
      const s = 0.15 + ((y - horizon) / (H - horizon)) * 1.2;
      for (let x = -40 + rn(r, 0, 40) * s; x < W + 40; ) {
        const w = rn(r, 60, 160) * s;
        const h = w * rn(r, 0.18, 0.28);
        const inChannel = y > wl - 12 && y < wl + 62 && x < shipX + 60;
        if (!inChannel || r() < 0.3) {
          const k = inChannel ? 0.3 : 1;
          const pts: Pt[] = [];
          for (let a = 0; a < 7; a++) {
            const ang = (a / 7) * Math.PI * 2;
            pts.push([x + Math.cos(ang) * w * 0.5 * k * rn(r, 0.75, 1.1), y + Math.sin(ang) * h * 0.5 * k * rn(r, 0.75, 1.1)]);
          }
          poly(c, pts.map(([px, py]) => [px, py + 4 * s] as Pt), '#6f9abb');
          poly(c, pts, lin(c, 0, y - h / 2, 0, y + h / 2, [[0, '#ffffff'], [1, '#d6e6f2']]));
        }
        x += w * rn(r, 0.95, 1.15);
      }
      y += Math.max(4, 14 * s);
    }
  };
  floes(horizon + 2, wl - 4);
  icebreakerShip(c, shipX, wl, shipS);
  // bow pushing broken ice
  for (let i = 0; i < 26; i++) {
    const bx = shipX + rn(r, 560, 700);
    const by = wl + rn(r, -6, 20);
    const s = rn(r, 8, 22);
    poly(c, [[bx - s, by], [bx - s * 0.2, by - s * 0.8], [bx + s, by - s * 0.3], [bx + s * 0.6, by + s * 0.4]], pick(r, ['#ffffff', '#e4eff7', '#c9dcea']));
  }
  floes(wl + 6, H + 20);
  glow(c, 180, horizon, 420, '255,230,210', 0.15);
}
// ---------------------------------------------------------------------------
// Perspective helpers (for interiors and streets): world units are metres,
// Y up, Z away from the camera.
// ---------------------------------------------------------------------------

interface Cam {
  x: number;
  y: number;
  f: number;
  vx: number;
  vy: number;
}
type V3 = readonly [number, number, number];

export function proj(k: Cam, X: number, Y: number, Z: number): Pt {
  return [k.vx + (k.f * (X - k.x)) / Z, k.vy - (k.f * (Y - k.y)) / Z];
}

export function quad3(c: Ctx, k: Cam, pts: readonly V3[], fill: Paint): void {
  poly(c, pts.map(([X, Y, Z]) => proj(k, X, Y, Z)), fill);
}

/** Box from (x0,y0,z0) to (x1,y1,z1): draws the faces visible from the camera. */
export function box3(c: Ctx, k: Cam, x0: number, y0: number, z0: number, x1: number, y1: number, z1: number, front: Paint, top: Paint, side: Paint): void {
  if (k.y > y1) quad3(c, k, [[x0, y1, z0], [x1, y1, z0], [x1, y1, z1], [x0, y1, z1]], top);
  if (k.x < x0) quad3(c, k, [[x0, y0, z0], [x0, y1, z0], [x0, y1, z1], [x0, y0, z1]], side);
  if (k.x > x1) quad3(c, k, [[x1, y0, z0], [x1, y1, z0], [x1, y1, z1], [x1, y0, z1]], side);
  quad3(c, k, [[x0, y0, z0], [x1, y0, z0], [x1, y1, z0], [x0, y1, z0]], front);
}

/** Paints `img` onto the wall plane X = const between Z0..Z1 and Y0..Y1, in vertical strips. */
function wallImage(c: Ctx, k: Cam, img: HTMLCanvasElement, X: number, Y0: number, Y1: number, Z0: number, Z1: number): void {
  const n = 48;
  for (let i = 0; i < n; i++) {
    const za = Z0 + ((Z1 - Z0) * i) / n;
    const zb = Z0 + ((Z1 - Z0) * (i + 1)) / n;
    const [xa, ta] = proj(k, X, Y1, za);
    const [, ba] = proj(k, X, Y0, za);
    const [xb] = proj(k, X, Y1, zb);
    const sx = (img.width * i) / n;
    const left = Math.min(xa, xb);
    c.drawImage(img, sx, 0, img.width / n + 0.5, img.height, left, ta, Math.abs(xb - xa) + 0.6, ba - ta);
  }
}

/** Small painting for the gallery: several motifs, drawn into its own canvas. */
function artwork(r: Rnd, w: number, h: number, kind: number): HTMLCanvasElement {
  const cv = document.createElement('canvas');
  cv.width = w;
  cv.height = h;
  const a = cv.getContext('2d');
  if (!a) return cv;
  const m = kind % 5;
  if (m === 0) {
    rect(a, 0, 0, w, h, lin(a, 0, 0, 0, h, [[0, '#f2b26b'], [0.6, '#f6d9a0'], [1, '#6a8f5a']]));
    circle(a, w * 0.7, h * 0.35, h * 0.12, '#fff1c9');
    fillUnderIn(a, w, h * 0.68, h * 0.14, '#4f7a52', r);
    fillUnderIn(a, w, h * 0.8, h * 0.08, '#2f5a3a', r);
  } else if (m === 1) {
    rect(a, 0, 0, w, h, '#2b2f5a');
    rect(a, w * 0.1, h * 0.08, w * 0.8, h * 0.4, '#d8423a');
    rect(a, w * 0.1, h * 0.54, w * 0.8, h * 0.38, '#e8a33a');
  } else if (m === 2) {
    rect(a, 0, 0, w, h, lin(a, 0, 0, w, h, [[0, '#3a2a24'], [1, '#120c0a']]));
    ellipse(a, w * 0.5, h * 0.42, w * 0.16, h * 0.17, '#d9a880');
    ellipse(a, w * 0.5, h * 0.95, w * 0.36, h * 0.32, '#2f4a6a');
    ellipse(a, w * 0.5, h * 0.3, w * 0.18, h * 0.1, '#3a2014');
  } else if (m === 3) {
    rect(a, 0, 0, w, h, lin(a, 0, 0, 0, h, [[0, '#9fd0ea'], [0.55, '#e9f2f4'], [0.56, '#2f6c9e'], [1, '#123a66']]));
    poly(a, [[w * 0.3, h * 0.55], [w * 0.45, h * 0.2], [w * 0.45, h * 0.55]], '#f6f1e6');
    rect(a, w * 0.25, h * 0.55, w * 0.3, h * 0.05, '#5a3a26');
  } else {
    rect(a, 0, 0, w, h, '#efe6d2');
    circle(a, w * 0.35, h * 0.4, h * 0.22, '#2c64b4');
    circle(a, w * 0.62, h * 0.58, h * 0.18, '#d8423a');
    rect(a, w * 0.15, h * 0.75, w * 0.7, h * 0.06, '#1d1d2a');
  }
  return cv;
}

function fillUnderIn(a: Ctx, w: number, y: number, amp: number, fill: string, r: Rnd): void {
  const p0 = r() * 6;
  const pts: Pt[] = [];
  for (let x = 0; x <= w; x += w / 20) pts.push([x, y - Math.sin(x / w * 5 + p0) * amp * 0.5 - Math.sin(x / w * 11 + p0) * amp * 0.2]);
  pts.push([w, a.canvas.height], [0, a.canvas.height]);
  poly(a, pts, fill);
}

function framed(r: Rnd, w: number, h: number, kind: number): HTMLCanvasElement {
  const cv = document.createElement('canvas');
  cv.width = w + 24;
  cv.height = h + 24;
  const a = cv.getContext('2d');
  if (!a) return cv;
  rect(a, 0, 0, cv.width, cv.height, lin(a, 0, 0, cv.width, cv.height, [[0, '#f0cf7a'], [0.5, '#b8862e'], [1, '#7a5418']]));
  rect(a, 9, 9, w + 6, h + 6, '#5a3e14');
  a.drawImage(artwork(r, w, h, kind), 12, 12);
  return cv;
}

// ---------------------------------------------------------------------------
// Scenes: culture and city life
// ---------------------------------------------------------------------------

/** Velvet curtain with vertical folds inside a clip path. */
function curtain(c: Ctx, shape: (c: Ctx) => void, x0: number, x1: number, fold: number): void {
  c.save();
  shape(c);
  c.clip();
  for (let x = x0; x < x1; x += fold) {
    rect(c, x, 0, fold + 1, H, lin(c, x, 0, x + fold, 0, [[0, '#4a0812'], [0.35, '#c92a3e'], [0.55, '#e0485a'], [1, '#5a0a16']]));
  }
  rect(c, x0, 0, x1 - x0, H, lin(c, 0, 0, 0, H, [[0, 'rgba(0,0,0,0.35)'], [0.4, 'rgba(0,0,0,0)'], [1, 'rgba(0,0,0,0.3)']]));
  c.restore();
}

function theatreStage(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#0c0a1e'], [1, '#1a1230']]);
  // stage floor
  poly(c, [[140, 420], [1060, 420], [1200, 560], [0, 560]], lin(c, 0, 420, 0, 560, [[0, '#5a3a26'], [1, '#8a5a36']]));
  for (let i = -12; i <= 12; i++) line(c, 600 + i * 38, 420, 600 + i * 52, 560, 'rgba(40,20,10,0.35)', 1.5);
  rect(c, 0, 560, W, 26, '#2a1a14');
  rect(c, 0, 560, W, 4, '#d9a84a');
  // back wall and spots on the floor
  for (const [sx, tx] of [[250, 420], [600, 600], [950, 780]] as const) {
    c.save();
    c.globalCompositeOperation = 'lighter';
    beam(c, sx, 40, tx - 110, tx + 110, 500, '255,236,200', 0.2);
    c.restore();
    ellipse(c, tx, 500, 130, 34, 'rgba(255,236,200,0.35)');
    glow(c, tx, 500, 170, '255,220,170', 0.3);
  }
  // microphone stand centre stage
  line(c, 600, 500, 600, 380, '#15151c', 4);
  line(c, 584, 500, 616, 500, '#15151c', 5);
  ellipse(c, 600, 376, 7, 11, '#15151c');
  // side curtains gathered by tie-backs
  curtain(c, (k) => {
    k.beginPath();
    k.moveTo(0, 0);
    k.lineTo(330, 0);
    k.bezierCurveTo(300, 200, 180, 300, 190, 380);
    k.bezierCurveTo(200, 460, 250, 520, 280, 586);
    k.lineTo(0, 586);
    k.closePath();
  }, 0, 340, 34);
  curtain(c, (k) => {
    k.beginPath();
    k.moveTo(W, 0);
    k.lineTo(870, 0);
    k.bezierCurveTo(900, 200, 1020, 300, 1010, 380);
    k.bezierCurveTo(1000, 460, 950, 520, 920, 586);
    k.lineTo(W, 586);
    k.closePath();
  }, 860, W, 34);
  for (const tx of [190, 1010]) {
    ellipse(c, tx, 380, 26, 10, '#d9a84a');
    line(c, tx, 388, tx, 430, '#d9a84a', 3);
    circle(c, tx, 436, 7, '#d9a84a');
  }
  // valance with swags and gold fringe
  curtain(c, (k) => {
    k.beginPath();
    k.moveTo(0, 0);
    k.lineTo(W, 0);
    k.lineTo(W, 90);
    for (let i = 6; i > 0; i--) k.quadraticCurveTo((i - 0.5) * 200, 170, (i - 1) * 200, 90);
    k.closePath();
  }, 0, W, 28);
  for (let i = 0; i < 6; i++) {
    c.beginPath();
    c.moveTo(i * 200, 92);
    c.quadraticCurveTo((i + 0.5) * 200, 172, (i + 1) * 200, 92);
    c.strokeStyle = '#e2b65a';
    c.lineWidth = 6;
    c.stroke();
  }
  // proscenium frame
  c.strokeStyle = lin(c, 0, 0, W, 0, [[0, '#8a6a2a'], [0.5, '#f0d080'], [1, '#8a6a2a']]);
  c.lineWidth = 14;
  c.strokeRect(7, 7, W - 14, 574);
  // audience seats
  for (let row = 0; row < 2; row++) {
    const y = 600 + row * 46;
    for (let x = -20 + row * 30; x < W + 30; x += 62) {
      rrect(c, x - 26, y, 52, 60, [14, 14, 0, 0], row ? '#4a0c16' : '#5e1020');
      if (r() < 0.7) circle(c, x + rn(r, -4, 4), y - 10, 17, '#07060e');
    }
  }
}

function museumGallery(c: Ctx, r: Rnd): void {
  const k: Cam = { x: 0, y: 1.6, f: 560, vx: 600, vy: 300 };
  const zb = 13;
  const zn = 0.9;
  // ceiling, walls, floor
  rect(c, 0, 0, W, H, '#e9e2d6');
  quad3(c, k, [[-6, 5, zn], [6, 5, zn], [6, 5, zb], [-6, 5, zb]], lin(c, 0, 0, 0, 200, [[0, '#cfc7b9'], [1, '#e5ddd0']]));
  quad3(c, k, [[-1.6, 5, 1.5], [1.6, 5, 1.5], [1.6, 5, zb - 1], [-1.6, 5, zb - 1]], '#fbf8f0');
  quad3(c, k, [[-6, 0, zn], [-6, 5, zn], [-6, 5, zb], [-6, 0, zb]], lin(c, 0, 0, 500, 0, [[0, '#cdbfa8'], [1, '#e2d7c4']]));
  quad3(c, k, [[6, 0, zn], [6, 5, zn], [6, 5, zb], [6, 0, zb]], lin(c, 700, 0, W, 0, [[0, '#ddd1bd'], [1, '#c4b59c']]));
  quad3(c, k, [[-6, 0, zb], [6, 0, zb], [6, 5, zb], [-6, 5, zb]], '#efe8dc');
  quad3(c, k, [[-6, 0, zn], [6, 0, zn], [6, 0, zb], [-6, 0, zb]], lin(c, 0, 340, 0, H, [[0, '#a7774a'], [1, '#6f4a2c']]));
  for (let x = -6; x <= 6; x += 0.4) {
    const [ax, ay] = proj(k, x, 0, zn);
    const [bx, by] = proj(k, x, 0, zb);
    line(c, ax, ay, bx, by, 'rgba(60,35,20,0.25)', 1.2);
  }
  // skirting
  quad3(c, k, [[-6, 0, zn], [-6, 0.15, zn], [-6, 0.15, zb], [-6, 0, zb]], '#8a7a66');
  quad3(c, k, [[6, 0, zn], [6, 0.15, zn], [6, 0.15, zb], [6, 0, zb]], '#8a7a66');
  quad3(c, k, [[-6, 0, zb], [6, 0, zb], [6, 0.15, zb], [-6, 0.15, zb]], '#8a7a66');
  // paintings with spotlights
  const back = framed(r, 300, 200, 0);
  const [bx0, by0] = proj(k, -1.9, 3.4, zb);
  const [bx1, by1] = proj(k, 1.9, 1.2, zb);
  glow(c, (bx0 + bx1) / 2, by0, 220, '255,240,200', 0.35);
  c.drawImage(back, bx0, by0, bx1 - bx0, by1 - by0);
  for (const [X, z0, z1, y0, y1, kind] of [
    [-5.99, 2.6, 5.4, 1.2, 3.4, 1], [-5.99, 7.2, 9.6, 1.4, 3.2, 2], [-5.99, 10.6, 12.2, 1.5, 2.9, 4],
    [5.99, 2.2, 5.8, 1.1, 3.5, 3], [5.99, 7.4, 9.8, 1.4, 3.3, 4], [5.99, 10.8, 12.3, 1.5, 2.9, 2],
  ] as const) {
    const [gx, gy] = proj(k, X, y1 + 0.6, (z0 + z1) / 2);
    glow(c, gx, gy, 260 / ((z0 + z1) / 2) * 3, '255,240,200', 0.35);
    wallImage(c, k, framed(r, 240, 180, kind), X, y0, y1, X < 0 ? z1 : z0, X < 0 ? z0 : z1);
  }
  // track lights on the ceiling
  for (let z = 2; z < zb; z += 2.5) {
    for (const X of [-3.5, 3.5]) {
      const [lx, ly] = proj(k, X, 4.9, z);
      circle(c, lx, ly, 40 / z, '#3a3430');
      circle(c, lx, ly + 10 / z, 20 / z, '#fff6dc');
    }
  }
  // bench
  box3(c, k, -1.4, 0.38, 4.5, 1.4, 0.48, 5.3, '#5a3a26', '#8a5a36', '#4a2e1e');
  for (const X of [-1.2, 1.1]) box3(c, k, X, 0, 4.55, X + 0.1, 0.38, 4.65, '#2a2a2a', '#3a3a3a', '#1a1a1a');
  // visitor looking at a painting
  const [px, py] = proj(k, 2.4, 0, 7.5);
  ellipse(c, px, py, 30, 6, 'rgba(0,0,0,0.2)');
  standingPerson(c, px, py, (k.f * 1.75) / 7.5, '#2d3b55', '#4a2e1e');
}

function winterStreet(c: Ctx, r: Rnd): void {
  const k: Cam = { x: -2.2, y: 1.7, f: 540, vx: 600, vy: 330 };
  sky(c, [[0, '#14204a'], [0.5, '#33467e'], [1, '#8a8fb8']], 0, 330);
  glow(c, 600, 320, 360, '255,200,160', 0.35);
  // far dome silhouette at the end of the street
  const [dx, dy] = proj(k, 0, 0, 160);
  rect(c, dx - 26, dy - 70, 52, 70, '#4b5283');
  ellipse(c, dx, dy - 70, 26, 24, '#4b5283');
  line(c, dx, dy - 94, dx, dy - 116, '#4b5283', 2);
  // street surface with snow
  quad3(c, k, [[-9, 0, 2], [9, 0, 2], [9, 0, 200], [-9, 0, 200]], lin(c, 0, 330, 0, H, [[0, '#9aa0c0'], [1, '#dde2ee']]));
  for (const X of [-0.8, 0.7, 1.6, 3.1]) {
    const [ax, ay] = proj(k, X, 0, 2.2);
    const [bx, by] = proj(k, X, 0, 200);
    line(c, ax, ay, bx, by, 'rgba(70,70,90,0.55)', 2);
  }
  for (const X of [-5, -4.2, 4.6, 5.4]) {
    const [ax, ay] = proj(k, X, 0, 2.2);
    const [bx, by] = proj(k, X, 0, 200);
    line(c, ax, ay, bx, by, 'rgba(120,120,150,0.25)', 6);
  }
  // facades on both sides
  const lit = ['#ffd98a', '#ffc66b', '#ffe9b8'];
  const facades = ['#c98f6a', '#d8b27a', '#9a8fb8', '#c27a7a', '#b8a890', '#7f9ab8'];
  for (const side of [-1, 1]) {
    const X = side * 9;
    const segs: [number, number, number][] = [];
    for (let z = 3; z < 150; ) {
      const len = rn(r, 9, 16);
      segs.push([z, z + len, rn(r, 12, 20)]);
      z += len;
    }
    segs.reverse();
    for (const [z0, z1, h] of segs) {
      const col = pick(r, facades);
      quad3(c, k, [[X, 0, z0], [X, h, z0], [X, h, z1], [X, 0, z1]], col);
      quad3(c, k, [[X, h, z0], [X, h + 0.5, z0], [X, h + 0.5, z1], [X, h, z1]], '#f4f6fb');
      for (let y = 1.2; y < h - 2; y += 3) {
        for (let z = z0 + 0.8; z < z1 - 1.2; z += 2.4) {
          const on = r() < 0.6;
          quad3(c, k, [[X, y, z], [X, y + 1.6, z], [X, y + 1.6, z + 1], [X, y, z + 1]], on ? pick(r, lit) : '#3a3f66');
          if (on) {
            const [gx, gy] = proj(k, X, y + 0.8, z + 0.5);
            glow(c, gx, gy, 120 / z, '255,200,120', 0.35);
          }
          quad3(c, k, [[X, y - 0.1, z - 0.1], [X, y, z - 0.1], [X, y, z + 1.1], [X, y - 0.1, z + 1.1]], '#f4f6fb');
        }
      }
      quad3(c, k, [[X, 0, z0], [X, h, z0], [X, h, z0 + 0.15], [X, 0, z0 + 0.15]], 'rgba(0,0,0,0.2)');
    }
    quad3(c, k, [[side * 6, 0, 2], [side * 9, 0, 2], [side * 9, 0, 200], [side * 6, 0, 200]], '#eef1f8');
  }
  // overhead wires
  for (const X of [0.0, 2.4]) {
    const [ax, ay] = proj(k, X, 5.6, 2);
    const [bx, by] = proj(k, X, 5.6, 200);
    line(c, ax, ay, bx, by, '#1c2040', 1.5);
  }
  // tram approaching
  const tz = 10;
  box3(c, k, 0.4, 0, tz + 0.3, 2.5, 0.3, tz + 13.7, '#1a1a22', '#1a1a22', '#1a1a22');
  box3(c, k, 0.2, 0.3, tz, 2.7, 3.3, tz + 14, '#c8322f', '#e9e4da', '#a82a2a');
  quad3(c, k, [[0.2, 1.5, tz], [2.7, 1.5, tz], [2.7, 1.9, tz], [0.2, 1.9, tz]], '#f1e6c8');
  quad3(c, k, [[0.35, 1.95, tz], [2.55, 1.95, tz], [2.55, 3.0, tz], [0.35, 3.0, tz]], '#ffe3a0');
  quad3(c, k, [[0.9, 3.05, tz], [2.0, 3.05, tz], [2.0, 3.25, tz], [0.9, 3.25, tz]], '#1a1a22');
  for (let z = tz + 1; z < tz + 13; z += 1.6) quad3(c, k, [[0.2, 1.95, z], [0.2, 2.9, z], [0.2, 2.9, z + 1.1], [0.2, 1.95, z + 1.1]], '#ffd98a');
  const [p0x, p0y] = proj(k, 1.45, 3.3, tz + 5);
  const [p1x, p1y] = proj(k, 1.2, 5.6, tz + 4);
  line(c, p0x, p0y, p1x, p1y, '#1a1a22', 2);
  for (const X of [0.6, 2.3]) {
    const [hx, hy] = proj(k, X, 0.8, tz - 0.01);
    circle(c, hx, hy, 5, '#fff8e0');
    glow(c, hx, hy, 60, '255,240,200', 0.6);
  }
  // street lamps
  for (const side of [-1, 1]) {
    for (let z = 6; z < 120; z += 14) {
      const [bx, by] = proj(k, side * 6.5, 0, z);
      const [tx, ty] = proj(k, side * 6.5, 5, z);
      line(c, bx, by, tx, ty, '#1c2040', Math.max(1, 40 / z));
      circle(c, tx, ty, Math.max(1.5, 30 / z), '#fff2c6');
      glow(c, tx, ty, 500 / z, '255,210,140', 0.55);
      ellipse(c, bx, by, 900 / z, 160 / z, 'rgba(255,210,140,0.18)');
    }
  }
  // falling snow
  for (let i = 0; i < 600; i++) {
    const s = Math.pow(r(), 3) * 3.2 + 0.6;
    circle(c, rn(r, 0, W), rn(r, 0, H), s, `rgba(255,255,255,${rn(r, 0.4, 0.9)})`);
  }
}

function libraryReadingRoom(c: Ctx, r: Rnd): void {
  const k: Cam = { x: 0, y: 1.7, f: 520, vx: 600, vy: 290 };
  const zf = 26;
  const zn = 1.5;
  rect(c, 0, 0, W, H, '#3a2418');
  // vaulted ceiling
  quad3(c, k, [[-6, 7.5, zn], [6, 7.5, zn], [6, 7.5, zf], [-6, 7.5, zf]], lin(c, 0, 0, 0, 240, [[0, '#4a3020'], [1, '#c9a77a']]));
  for (let z = 2; z < zf; z += 2.6) {
    const [ax, ay] = proj(k, -6, 7.5, z);
    const [bx, by] = proj(k, 6, 7.5, z);
    line(c, ax, ay, bx, by, 'rgba(60,35,20,0.6)', Math.max(1, 30 / z));
  }
  // back wall with arched windows
  quad3(c, k, [[-6, 0, zf], [6, 0, zf], [6, 7.5, zf], [-6, 7.5, zf]], '#8a6040');
  for (const X of [-3.2, 0, 3.2]) {
    const [wx0, wy0] = proj(k, X - 0.9, 6.2, zf);
    const [wx1, wy1] = proj(k, X + 0.9, 1.2, zf);
    const rw = (wx1 - wx0) / 2;
    c.beginPath();
    c.moveTo(wx0, wy1);
    c.lineTo(wx0, wy0 + rw);
    c.arc(wx0 + rw, wy0 + rw, rw, Math.PI, 0);
    c.lineTo(wx1, wy1);
    c.closePath();
    c.fillStyle = lin(c, 0, wy0, 0, wy1, [[0, '#cfe3f0'], [1, '#f6e6c2']]);
    c.fill();
    line(c, wx0 + rw, wy0, wx0 + rw, wy1, '#6a4a30', 2);
    for (let y = wy0 + rw; y < wy1; y += 18) line(c, wx0, y, wx1, y, '#6a4a30', 1.5);
    glow(c, wx0 + rw, (wy0 + wy1) / 2, 120, '255,240,210', 0.3);
  }
  // side walls of books: lower shelves, gallery, upper shelves
  const spines = ['#7a2a2a', '#2f4a6a', '#3a5a3a', '#8a6a2a', '#5a3a5a', '#a8542e', '#2a3a3a', '#c9a45a', '#6a2030'];
  for (const side of [-1, 1]) {
    const X = side * 6;
    quad3(c, k, [[X, 0, zn], [X, 7.5, zn], [X, 7.5, zf], [X, 0, zf]], '#4a2e1c');
    for (const [y0, rows] of [[0.3, 6], [3.9, 5]] as const) {
      for (let row = 0; row < rows; row++) {
        const yb = y0 + row * 0.52;
        for (let z = zn; z < zf; ) {
          const t = rn(r, 0.06, 0.11) * (0.6 + z * 0.08);
          const hgt = rn(r, 0.34, 0.46);
          quad3(c, k, [[X, yb, z], [X, yb + hgt, z], [X, yb + hgt, z + t], [X, yb, z + t]], pick(r, spines));
          z += t;
        }
        quad3(c, k, [[X, yb - 0.05, zn], [X, yb, zn], [X, yb, zf], [X, yb - 0.05, zf]], '#2a1a10');
      }
    }
    // gallery floor and railing
    quad3(c, k, [[X, 3.45, zn], [X - side * 0.9, 3.45, zn], [X - side * 0.9, 3.45, zf], [X, 3.45, zf]], '#5a3a24');
    quad3(c, k, [[X - side * 0.9, 3.2, zn], [X - side * 0.9, 3.45, zn], [X - side * 0.9, 3.45, zf], [X - side * 0.9, 3.2, zf]], '#2e1c10');
    for (let z = zn; z < zf; z += 0.5) {
      const [ax, ay] = proj(k, X - side * 0.9, 3.45, z);
      const [, by] = proj(k, X - side * 0.9, 4.4, z);
      line(c, ax, ay, ax, by, 'rgba(200,160,90,0.7)', Math.max(0.6, 8 / z));
    }
    const [rx0, ry0] = proj(k, X - side * 0.9, 4.4, zn);
    const [rx1, ry1] = proj(k, X - side * 0.9, 4.4, zf);
    line(c, rx0, ry0, rx1, ry1, '#c9a45a', 4);
  }
  // floor
  quad3(c, k, [[-6, 0, zn], [6, 0, zn], [6, 0, zf], [-6, 0, zf]], lin(c, 0, 320, 0, H, [[0, '#6a2a22'], [1, '#8a3a2a']]));
  quad3(c, k, [[-0.8, 0, zn], [0.8, 0, zn], [0.8, 0, zf], [-0.8, 0, zf]], '#a07040');
  // long tables with green lamps
  for (const side of [-1, 1]) {
    const x0 = side < 0 ? -4.2 : 1.4;
    const x1 = side < 0 ? -1.4 : 4.2;
    for (let z = zf - 3; z > 2.4; z -= 1.6) {
      const cx = side < 0 ? x0 - 0.05 : x1 + 0.05;
      box3(c, k, cx - 0.25, 0, z, cx + 0.25, 1.0, z + 0.08, '#3a1e10', '#3a1e10', '#2a140a');
    }
    box3(c, k, x0, 0.72, 2.2, x1, 0.78, zf - 2, '#4a2a16', '#7a4a28', '#3a2010');
    for (let z = 3; z < zf - 2; z += 2.4) {
      const lx = (x0 + x1) / 2;
      const [gx, gy] = proj(k, lx, 0.8, z);
      glow(c, gx, gy, 700 / z, '255,220,140', 0.45);
      const [sx, sy] = proj(k, lx, 1.15, z);
      const sw = (k.f * 0.22) / z;
      const [, stemTop] = proj(k, lx, 1.05, z);
      line(c, gx, gy, gx, stemTop, '#c9a45a', Math.max(1, 12 / z));
      c.beginPath();
      c.ellipse(sx, sy + sw * 0.35, sw, sw * 0.7, 0, Math.PI, 0);
      c.closePath();
      c.fillStyle = lin(c, sx - sw, 0, sx + sw, 0, [[0, '#1f6a3a'], [0.5, '#4fb870'], [1, '#14502a']]);
      c.fill();
      ellipse(c, sx, sy + sw * 0.35, sw, sw * 0.18, '#fff1c0');
    }
  }
  glow(c, 600, 260, 400, '255,220,160', 0.15);
}

function metroStation(c: Ctx): void {
  const k: Cam = { x: -1.2, y: 1.7, f: 520, vx: 560, vy: 330 };
  const zf = 48;
  const zn = 1.2;
  const vc = 4;
  const vr = 5.2;
  const bay = 3;
  rect(c, 0, 0, W, H, '#f2e4c4');
  // vault: alternating bays (near to far), rosettes, then gilded ribs (far to near)
  for (let z = zn + 0.5, i = 0; z < zf; z += bay, i++) {
    const [cx, cy] = proj(k, 0, vc, z);
    c.beginPath();
    c.arc(cx, cy, (k.f * vr) / z, Math.PI, 0);
    c.closePath();
    c.fillStyle = i % 2 ? '#f3e6c8' : '#e9d6ae';
    c.fill();
  }
  for (let z = zf - bay / 2; z > zn + 1; z -= bay) {
    const [cx, cy] = proj(k, 0, vc, z);
    const rr = (k.f * (vr - 0.05)) / z;
    for (let a = 1; a < 6; a++) {
      const ang = Math.PI + (a * Math.PI) / 6;
      const px = cx + Math.cos(ang) * rr;
      const py = cy + Math.sin(ang) * rr;
      circle(c, px, py, Math.max(0.8, 22 / z), '#c9a04a');
      circle(c, px, py, Math.max(0.4, 10 / z), '#fff3d0');
    }
  }
  // end wall with a mosaic medallion
  const [ex, ey] = proj(k, 0, vc, zf);
  const er = (k.f * vr) / zf;
  const [, eb] = proj(k, 0, 0, zf);
  c.beginPath();
  c.arc(ex, ey, er, Math.PI, 0);
  c.lineTo(ex + er, eb);
  c.lineTo(ex - er, eb);
  c.closePath();
  c.fillStyle = '#d9b66a';
  c.fill();
  circle(c, ex, ey - er * 0.15, er * 0.5, '#24508f');
  star(c, ex, ey - er * 0.15, er * 0.34, '#f2c14e');
  for (let z = zf; z > zn + 1; z -= bay) {
    const [cx, cy] = proj(k, 0, vc, z);
    const rr = (k.f * vr) / z;
    c.beginPath();
    c.arc(cx, cy, rr, Math.PI, 0);
    c.strokeStyle = '#b8862e';
    c.lineWidth = Math.max(1, 100 / z);
    c.stroke();
    c.beginPath();
    c.arc(cx, cy, rr - Math.max(1, 50 / z), Math.PI, 0);
    c.strokeStyle = 'rgba(255,244,210,0.8)';
    c.lineWidth = Math.max(0.5, 16 / z);
    c.stroke();
  }
  // left wall: marble pylons and arched openings with sconces
  quad3(c, k, [[-5.2, 0, zn], [-5.2, vc, zn], [-5.2, vc, zf], [-5.2, 0, zf]], lin(c, 0, 0, 500, 0, [[0, '#cfa98c'], [1, '#e6cdb0']]));
  quad3(c, k, [[-5.19, vc - 0.35, zn], [-5.19, vc, zn], [-5.19, vc, zf], [-5.19, vc - 0.35, zf]], '#b8862e');
  for (let z = zf - bay; z > zn - bay; z -= bay) {
    const z0 = z + 0.7;
    const z1 = z + 2.3;
    const zm = (z0 + z1) / 2;
    const pts: Pt[] = [proj(k, -5.18, 0, z0), proj(k, -5.18, 2.5, z0)];
    for (let a = 0; a <= 12; a++) {
      const ang = Math.PI - (a * Math.PI) / 12;
      pts.push(proj(k, -5.18, 2.5 + Math.sin(ang) * 0.8, zm + Math.cos(ang) * 0.8));
    }
    pts.push(proj(k, -5.18, 2.5, z1), proj(k, -5.18, 0, z1));
    if (z0 < 0.5) continue;
    poly(c, pts, lin(c, 0, 120, 0, 460, [[0, '#5a3426'], [1, '#22140e']]));
    tracePoly(c, pts);
    c.strokeStyle = '#c9a04a';
    c.lineWidth = Math.max(1, 40 / z0);
    c.stroke();
    if (z < 0.6) continue;
    const [lx, ly] = proj(k, -5.1, 2.9, z + 0.1);
    circle(c, lx, ly, Math.max(1, 40 / z), '#fff3d0');
    glow(c, lx, ly, 260 / z, '255,220,150', 0.7);
  }
  // platform floor: polished granite with a red band and reflections
  for (let z = zf - 1; z >= zn - 0.2; z -= 1) {
    for (let x = -5.2, i = 0; x < 1.6; x += 0.85, i++) {
      const odd = (i + Math.round(z)) % 2 === 0;
      const x1 = Math.min(1.6, x + 0.85);
      quad3(c, k, [[x, 0, z], [x1, 0, z], [x1, 0, z + 1], [x, 0, z + 1]], odd ? '#cdbba6' : '#bba690');
    }
  }
  quad3(c, k, [[-2.4, 0.001, zn], [-1.0, 0.001, zn], [-1.0, 0.001, zf], [-2.4, 0.001, zf]], 'rgba(140,50,40,0.55)');
  quad3(c, k, [[1.3, 0.002, zn], [1.6, 0.002, zn], [1.6, 0.002, zf], [1.3, 0.002, zf]], '#e8c34a');
  quad3(c, k, [[1.6, -1.1, zn], [1.6, 0, zn], [1.6, 0, zf], [1.6, -1.1, zf]], '#3a2a24');
  for (let z = zf - bay; z > 2; z -= bay) {
    const [fx, fy] = proj(k, -1.6, 0, z);
    ellipse(c, fx, fy, 900 / z, 120 / z, 'rgba(255,236,190,0.3)');
  }
  // train on the right
  const t0 = 3;
  const t1 = zf - 2;
  quad3(c, k, [[2.0, -1.0, t0], [2.0, 2.7, t0], [2.0, 2.7, t1], [2.0, -1.0, t1]], lin(c, 0, 100, 0, 560, [[0, '#2f5aa0'], [1, '#1a3470']]));
  quad3(c, k, [[1.99, 0.55, t0], [1.99, 0.8, t0], [1.99, 0.8, t1], [1.99, 0.55, t1]], '#efe2c4');
  for (let z = t0 + 0.4, i = 0; z < t1 - 1.5; z += 1.9, i++) {
    const door = i % 3 === 1;
    if (door) {
      quad3(c, k, [[1.99, -0.7, z], [1.99, 2.35, z], [1.99, 2.35, z + 1.4], [1.99, -0.7, z + 1.4]], '#3a66b0');
      quad3(c, k, [[1.985, 1.1, z + 0.12], [1.985, 2.15, z + 0.12], [1.985, 2.15, z + 0.62], [1.985, 1.1, z + 0.62]], '#fff0c8');
      quad3(c, k, [[1.985, 1.1, z + 0.78], [1.985, 2.15, z + 0.78], [1.985, 2.15, z + 1.28], [1.985, 1.1, z + 1.28]], '#fff0c8');
    } else {
      quad3(c, k, [[1.985, 1.1, z], [1.985, 2.15, z], [1.985, 2.15, z + 1.4], [1.985, 1.1, z + 1.4]], '#fff0c8');
    }
  }
  quad3(c, k, [[2.0, 2.7, t0], [4.6, 2.7, t0], [4.6, 2.7, t1], [2.0, 2.7, t1]], '#243e78');
  quad3(c, k, [[2.0, -1.0, t0], [4.6, -1.0, t0], [4.6, 2.7, t0], [2.0, 2.7, t0]], '#1f3a70');
  // chandeliers
  for (let z = zf - bay; z > 2.5; z -= bay) {
    const [hx, hy] = proj(k, -1.6, vc + vr - 0.3, z);
    const [cx, cy] = proj(k, -1.6, 5.3, z);
    line(c, hx, hy, cx, cy, '#6a4a20', Math.max(0.6, 10 / z));
    const s = k.f / z;
    glow(c, cx, cy, s * 1.6, '255,225,150', 0.6);
    for (const [ty, rx, n] of [[-0.25, 0.35, 6], [0, 0.6, 10]] as const) {
      ellipse(c, cx, cy + ty * s, rx * s, rx * 0.3 * s, 'rgba(201,160,74,0.9)');
      for (let i = 0; i < n; i++) {
        const a = (i / n) * Math.PI * 2;
        circle(c, cx + Math.cos(a) * rx * s, cy + ty * s - 0.04 * s + Math.sin(a) * rx * 0.3 * s, Math.max(0.8, s * 0.055), '#fff6d8');
      }
    }
    circle(c, cx, cy + s * 0.22, s * 0.1, '#fff6d8');
  }
  // a few passengers
  for (const [X, Z, col, hd] of [[-2.5, 7, '#2a2d45', '#3a2418'], [-0.6, 11, '#6a2a30', '#c9a07a'], [-3.6, 15, '#2f4a3a', '#2a1a10'], [0.2, 20, '#3a3048', '#5a3a22']] as const) {
    const [px, py] = proj(k, X, 0, Z);
    const h = (k.f * 1.72) / Z;
    ellipse(c, px, py, h * 0.18, h * 0.04, 'rgba(0,0,0,0.2)');
    standingPerson(c, px, py, h, col, hd);
  }
  glow(c, 560, 300, 500, '255,230,180', 0.15);
}

// ---------------------------------------------------------------------------
// Scenes: sport and everyday
// ---------------------------------------------------------------------------

/** Hockey player from above, facing `angle`, holding the stick on `stickSide`. */
function skater(c: Ctx, x: number, y: number, angle: number, jersey: string, trim: string, stickSide = 1): void {
  const ss = stickSide;
  c.save();
  c.translate(x, y);
  c.rotate(angle);
  c.scale(1.45, 1.45);
  ellipse(c, 3, 4, 13, 18, 'rgba(40,60,90,0.22)');
  ellipse(c, -9, 6, 6, 4, '#1e2230');
  ellipse(c, -7, -6, 6, 4, '#1e2230');
  line(c, 6, 5 * ss, 32, 7 * ss, '#3a2a1a', 2.6, 'round');
  line(c, 32, 7 * ss, 35, -1 * ss, '#1a1a1a', 3.6, 'round');
  line(c, 0, 12 * ss, 12, 7 * ss, jersey, 5, 'round');
  line(c, 0, -12 * ss, 7, 2 * ss, jersey, 5, 'round');
  circle(c, 12, 7 * ss, 3, '#1e2230');
  circle(c, 7, 3 * ss, 3, '#1e2230');
  ellipse(c, 0, 0, 9, 16, jersey);
  ellipse(c, -3, 0, 3.5, 16, trim);
  circle(c, 2, 0, 7, '#1e2230');
  circle(c, 4, -2, 2.2, 'rgba(255,255,255,0.5)');
  c.restore();
}

function hockeyRink(c: Ctx, r: Rnd): void {
  const s = 18;
  const cx = 600;
  const cy = 338;
  const X = (m: number): number => cx + m * s;
  const Y = (m: number): number => cy + m * s;
  // arena around the rink
  rect(c, 0, 0, W, H, '#141a30');
  for (let i = 0; i < 2600; i++) {
    const x = rn(r, 0, W);
    const y = rn(r, 0, H);
    if (x > 30 && x < W - 30 && y > 80 && y < H - 80) continue;
    circle(c, x, y, rn(r, 2, 3.6), pick(r, ['#c94a3b', '#2f6db0', '#e6c34a', '#f0ede4', '#3a3f5a', '#7a4f9a']));
  }
  rect(c, 0, 0, W, H, 'rgba(20,26,48,0.45)');
  // boards and ice
  rrect(c, X(-30.5) - 12, Y(-13) - 12, 61 * s + 24, 26 * s + 24, 8.5 * s + 12, '#e9ecf2');
  rrect(c, X(-30.5) - 4, Y(-13) - 4, 61 * s + 8, 26 * s + 8, 8.5 * s + 4, '#f4c542');
  c.save();
  c.beginPath();
  c.roundRect(X(-30.5), Y(-13), 61 * s, 26 * s, 8.5 * s);
  c.clip();
  rect(c, 0, 0, W, H, rad(c, cx, cy, 640, [[0, '#ffffff'], [1, '#dce8f2']]));
  for (let i = 0; i < 140; i++) {
    const x = rn(r, 40, W - 40);
    const y = rn(r, 100, H - 100);
    const a = rn(r, 0, Math.PI);
    const l = rn(r, 10, 50);
    line(c, x, y, x + Math.cos(a) * l, y + Math.sin(a) * l, 'rgba(150,180,210,0.25)', 1);
  }
  // lines
  rect(c, X(-0.15), 0, 0.3 * s, H, '#d8313b');
  for (const m of [-8.84, 8.84]) rect(c, X(m) - 4, 0, 8, H, '#2b5fc4');
  for (const m of [-26.5, 26.5]) rect(c, X(m) - 1, 0, 2, H, '#d8313b');
  c.lineWidth = 3;
  c.strokeStyle = '#2b5fc4';
  c.beginPath();
  c.arc(cx, cy, 4.57 * s, 0, Math.PI * 2);
  c.stroke();
  circle(c, cx, cy, 6, '#2b5fc4');
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) {
      c.strokeStyle = '#d8313b';
      c.beginPath();
      c.arc(X(sx * 20.4), Y(sy * 6.7), 4.57 * s, 0, Math.PI * 2);
      c.stroke();
      circle(c, X(sx * 20.4), Y(sy * 6.7), 6, '#d8313b');
      circle(c, X(sx * 7.3), Y(sy * 6.7), 6, '#d8313b');
      for (const hx of [-1, 1]) line(c, X(sx * 20.4) + hx * 14, Y(sy * 6.7) - 4.57 * s - 12, X(sx * 20.4) + hx * 14, Y(sy * 6.7) - 4.57 * s, '#d8313b', 2);
    }
    // crease and goal
    c.beginPath();
    c.moveTo(X(sx * 26.5), Y(-1.83));
    c.arc(X(sx * 26.5), cy, 1.83 * s, -Math.PI / 2, Math.PI / 2, sx > 0);
    c.closePath();
    c.fillStyle = '#8fc3f0';
    c.fill();
    c.strokeStyle = '#d8313b';
    c.lineWidth = 2;
    c.stroke();
    const gx = X(sx * 26.5);
    poly(c, [[gx, Y(-0.92)], [gx + sx * 20, Y(-1.1)], [gx + sx * 20, Y(1.1)], [gx, Y(0.92)]], 'rgba(255,255,255,0.9)');
    for (let k = 1; k < 6; k++) line(c, gx, Y(-0.92 + (1.84 * k) / 6), gx + sx * 20, Y(-1.1 + (2.2 * k) / 6), 'rgba(120,120,140,0.5)', 1);
    c.beginPath();
    c.moveTo(gx, Y(-0.92));
    c.lineTo(gx + sx * 20, Y(-1.1));
    c.lineTo(gx + sx * 20, Y(1.1));
    c.lineTo(gx, Y(0.92));
    c.strokeStyle = '#d8313b';
    c.lineWidth = 3;
    c.stroke();
  }
  c.globalAlpha = 0.25;
  circle(c, cx, cy, 2.2 * s, '#2b5fc4');
  c.globalAlpha = 1;
  // players: red team attacks to the right, blue to the left
  const red = '#d8313b';
  const blue = '#2b5fc4';
  skater(c, cx - 34, cy + 4, 0, red, '#ffffff');
  skater(c, cx + 34, cy - 4, Math.PI, blue, '#ffffff', -1);
  for (const sy of [-1, 1]) {
    skater(c, X(-3.5), Y(sy * 6.5), 0.15 * sy, red, '#ffffff');
    skater(c, X(-10), Y(sy * 4), 0, red, '#ffffff');
    skater(c, X(3.5), Y(sy * 6.5), Math.PI - 0.15 * sy, blue, '#ffffff', -1);
    skater(c, X(10), Y(sy * 4), Math.PI, blue, '#ffffff', -1);
  }
  skater(c, X(-25.6), cy, 0, red, '#1e2230');
  skater(c, X(25.6), cy, Math.PI, blue, '#1e2230', -1);
  // referee dropping the puck
  c.save();
  c.translate(cx + 4, cy - 62);
  c.scale(1.45, 1.45);
  ellipse(c, 4, 5, 12, 17, 'rgba(40,60,90,0.22)', Math.PI / 2);
  c.rotate(Math.PI / 2);
  line(c, 2, 10, 22, 6, '#111111', 4, 'round');
  c.save();
  c.beginPath();
  c.ellipse(0, 0, 9, 16, 0, 0, Math.PI * 2);
  c.fillStyle = '#ffffff';
  c.fill();
  c.clip();
  for (let k = -14; k <= 14; k += 5) rect(c, -9, k - 1.2, 18, 2.4, '#111111');
  c.restore();
  circle(c, 3, 0, 7, '#111111');
  c.restore();
  circle(c, cx, cy, 3.4, '#111111');
  c.restore();
  // glass reflections and arena lights
  glow(c, 300, 200, 260, '255,255,255', 0.16);
  glow(c, 900, 470, 260, '255,255,255', 0.12);
}

function footballStadium(c: Ctx, r: Rnd): void {
  const k: Cam = { x: 0, y: 22, f: 760, vx: 600, vy: 112 };
  sky(c, [[0, '#060a20'], [1, '#1a2450']], 0, 120);
  // roof and floodlights
  quad3(c, k, [[-110, 24, 140], [110, 24, 140], [110, 27, 152], [-110, 27, 152]], '#0c1028');
  // far stand with crowd
  quad3(c, k, [[-70, 0, 114], [70, 0, 114], [70, 22, 140], [-70, 22, 140]], '#2a2f4a');
  for (let i = 0; i < 22; i++) {
    const t = i / 22;
    const z = 114 + t * 26;
    const y = t * 22;
    for (let x = -68; x < 68; x += rn(r, 0.5, 0.8)) {
      const [px, py] = proj(k, x, y + 0.4, z);
      rect(c, px, py, 2.6, 2.6, pick(r, ['#c94a3b', '#e8e2d4', '#2f6db0', '#3a3f5a', '#e6c34a', '#c94a3b']));
    }
  }
  // end stands on the sides
  for (const side of [-1, 1]) {
    quad3(c, k, [[side * 60, 0, 30], [side * 60, 0, 116], [side * 92, 22, 140], [side * 92, 22, 30]], '#252a44');
    for (let i = 0; i < 16; i++) {
      const t = i / 16;
      for (let z = 34; z < 118 + t * 20; z += rn(r, 0.8, 1.4)) {
        const [px, py] = proj(k, side * (60 + t * 32), t * 22 + 0.4, z);
        rect(c, px, py, 2.4, 2.4, pick(r, ['#c94a3b', '#e8e2d4', '#2f6db0', '#3a3f5a', '#e6c34a']));
      }
    }
  }
  rect(c, 0, 0, W, H, 'rgba(10,14,40,0.25)');
  // pitch with mowing stripes
  quad3(c, k, [[-62, 0, 30], [62, 0, 30], [62, 0, 114], [-62, 0, 114]], '#2f7d3a');
  for (let x = -52.5, i = 0; x < 52.5; x += 5.25, i++) {
    quad3(c, k, [[x, 0, 30], [x + 5.25, 0, 30], [x + 5.25, 0, 112], [x, 0, 112]], i % 2 ? '#3f9a4a' : '#36894a');
  }
  const L = (pts: readonly (readonly [number, number])[]): void => polyline(c, pts.map(([x, z]) => proj(k, x, 0, z)), 'rgba(255,255,255,0.9)', 2);
  L([[-52.5, 40], [52.5, 40], [52.5, 108], [-52.5, 108], [-52.5, 40]]);
  L([[0, 40], [0, 108]]);
  const ring: [number, number][] = [];
  for (let a = 0; a <= 64; a++) ring.push([Math.cos((a / 64) * Math.PI * 2) * 9.15, 74 + Math.sin((a / 64) * Math.PI * 2) * 9.15]);
  L(ring);
  for (const sx of [-1, 1]) {
    L([[sx * 52.5, 74 - 20.16], [sx * 36, 74 - 20.16], [sx * 36, 74 + 20.16], [sx * 52.5, 74 + 20.16]]);
    L([[sx * 52.5, 74 - 9.16], [sx * 47, 74 - 9.16], [sx * 47, 74 + 9.16], [sx * 52.5, 74 + 9.16]]);
    const [g0x, g0y] = proj(k, sx * 52.5, 0, 70.34);
    const [g1x, g1y] = proj(k, sx * 52.5, 2.44, 77.66);
    c.strokeStyle = '#ffffff';
    c.lineWidth = 2.5;
    c.strokeRect(Math.min(g0x, g1x), g1y, Math.abs(g1x - g0x) + 2, g0y - g1y);
  }
  // players and ball
  const teams = [['#d8313b', '#ffffff'], ['#f2f2f2', '#1d2b4f']] as const;
  for (let i = 0; i < 20; i++) {
    const team = teams[i % 2] ?? teams[0];
    const x = rn(r, -40, 40);
    const z = rn(r, 46, 104);
    const [px, py] = proj(k, x, 0, z);
    const h = (k.f * 1.8) / z;
    ellipse(c, px + h * 0.2, py, h * 0.3, h * 0.08, 'rgba(0,0,0,0.3)');
    standingPerson(c, px, py, h, team[0]);
    rect(c, px - h * 0.1, py - h * 0.45, h * 0.2, h * 0.12, team[1]);
  }
  const [bx, by] = proj(k, 6, 0.11, 70);
  circle(c, bx, by, 3, '#ffffff');
  // floodlight towers and beams
  c.save();
  c.globalCompositeOperation = 'lighter';
  for (const fx of [-100, -40, 40, 100]) {
    const [lx, ly] = proj(k, fx, 27, 150);
    beam(c, lx, ly, lx - 260, lx + 260, 560, '255,250,230', 0.07);
  }
  c.restore();
  for (const fx of [-100, -40, 40, 100]) {
    const [lx, ly] = proj(k, fx, 27, 150);
    for (let i = 0; i < 8; i++) rect(c, lx - 28 + i * 7, ly - 6, 5, 5, '#fffbe8');
    glow(c, lx, ly, 120, '255,250,230', 0.6);
  }
  // advertising boards and the near stand
  const [, ay] = proj(k, 0, 1, 37);
  const [, ay0] = proj(k, 0, 0, 37);
  rect(c, 0, ay, W, ay0 - ay, lin(c, 0, 0, W, 0, [[0, '#1d5aa6'], [0.3, '#f2b544'], [0.6, '#d8313b'], [1, '#1d5aa6']]));
  rect(c, 0, ay0, W, H - ay0, '#0a0d1e');
  for (let x = -10; x < W + 20; x += rn(r, 28, 40)) {
    const y = ay0 + rn(r, 30, 60);
    circle(c, x, y, rn(r, 14, 18), '#05070f');
    ellipse(c, x, y + 40, 26, 28, '#05070f');
  }
  glow(c, 600, 300, 600, '220,240,255', 0.12);
}

function skiJump(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#2f6fc4'], [0.7, '#9ccbef'], [1, '#e4f2fa']]);
  glow(c, 1050, 90, 300, '255,250,235', 0.55);
  const m1 = mountains(r, 380, 220);
  fillUnder(c, m1, lin(c, 0, 160, 0, 380, [[0, '#ffffff'], [1, '#b9cde4']]));
  fillUnder(c, mountains(r, 420, 120), '#8aa2c4');
  pineRow(c, r, 470, 40, 80, 16, '#2d4a3a', 20);
  pineRow(c, r, 520, 60, 110, 22, '#1f3a2c', 20);
  // landing hill
  c.beginPath();
  c.moveTo(470, 430);
  c.bezierCurveTo(560, 436, 700, 470, 860, 560);
  c.bezierCurveTo(960, 616, 1080, 650, 1240, 660);
  c.lineTo(1240, H);
  c.lineTo(420, H);
  c.closePath();
  c.fillStyle = lin(c, 0, 430, 0, H, [[0, '#f8fbff'], [1, '#d3e2f0']]);
  c.fill();
  for (let i = 0; i < 9; i++) {
    const t = 0.25 + i * 0.07;
    const x = 470 + 780 * t;
    const y = 430 + 240 * Math.pow(t, 1.3) * (1.15 - t * 0.3);
    line(c, x, y - 2, x - 14, y + 30, i === 6 ? '#d8313b' : '#2f6db0', 3);
  }
  // inrun on its trestle
  const inrun = (t: number): Pt => {
    if (t < 0.65) {
      const u = t / 0.65;
      return [90 + 270 * u, 92 + 238 * u];
    }
    const u = (t - 0.65) / 0.35;
    return [(1 - u) * (1 - u) * 360 + 2 * (1 - u) * u * 420 + u * u * 500, (1 - u) * (1 - u) * 330 + 2 * (1 - u) * u * 386 + u * u * 394];
  };
  const steel = '#6f7d96';
  let prev: Pt | undefined;
  for (let i = 0; i <= 9; i++) {
    const [x, y] = inrun(0.04 + i * 0.1);
    line(c, x, y + 10, x, H, steel, 6);
    if (prev) {
      for (let yy = Math.max(prev[1], y) + 30; yy < H - 10; yy += 70) {
        line(c, prev[0], yy, x, yy + 56, steel, 2);
        line(c, x, yy, prev[0], yy + 56, steel, 2);
        line(c, prev[0], yy, x, yy, steel, 3);
      }
    }
    prev = [x, y];
  }
  c.beginPath();
  for (let t = 0; t <= 1.0001; t += 0.02) {
    const [x, y] = inrun(t);
    if (t === 0) c.moveTo(x, y);
    else c.lineTo(x, y);
  }
  c.lineCap = 'butt';
  c.strokeStyle = '#4a5670';
  c.lineWidth = 26;
  c.stroke();
  c.strokeStyle = '#f6f9fc';
  c.lineWidth = 12;
  c.stroke();
  rect(c, 44, 48, 92, 48, '#c94a3b');
  poly(c, [[36, 50], [144, 50], [90, 20]], '#8a2a2a');
  rect(c, 60, 62, 20, 14, '#ffe3a0');
  rect(c, 100, 62, 20, 14, '#ffe3a0');
  flagpole(c, 142, 0, 50, 3);
  flag(c, 144, 4, 36, 22, 1, 2, flagDesign(5));
  // the jumper in V-style flight
  c.save();
  c.translate(770, 235);
  c.rotate(0.04);
  c.scale(1.55, 1.55);
  const ski = (x0: number, y0: number, x1: number, y1: number, col: string): void => {
    line(c, x0, y0, x1, y1, col, 5, 'round');
    line(c, x1, y1, x1 + 9, y1 - 4, col, 5, 'round');
  };
  ski(-34, 14, 150, 20, '#c9a02c');
  line(c, 0, 4, 40, -8, '#a82330', 11, 'round');
  line(c, 40, -8, 56, -14, '#a82330', 12, 'round');
  line(c, 56, -14, 102, -28, '#d8313b', 16, 'round');
  line(c, 60, -10, 102, -22, '#f4f1e8', 3, 'round');
  line(c, 96, -24, 48, -4, '#b82835', 7, 'round');
  rect(c, 68, -26, 20, 12, '#f4f1e8');
  circle(c, 116, -33, 10, '#f2b544');
  rrect(c, 116, -36, 12, 6, 3, '#1d2b4f');
  ellipse(c, 2, 6, 8, 5, '#1d1d2a', 0.3);
  ski(-30, 8, 150, -22, '#f2b544');
  c.restore();
  ellipse(c, 960, 600, 70, 8, 'rgba(60,90,140,0.2)');
  // spectators and flags at the outrun
  for (let i = 0; i < 80; i++) {
    const x = rn(r, 700, 1200);
    const y = 640 + rn(r, 0, 30);
    circle(c, x, y, 4, pick(r, ['#c94a3b', '#2f6db0', '#e6c34a', '#2f9c8a', '#1d2b4f']));
  }
}

function runningTrack(c: Ctx, r: Rnd): void {
  const k: Cam = { x: 6.2, y: 1.35, f: 700, vx: 940, vy: 250 };
  sky(c, [[0, '#2f7fd6'], [1, '#cfe8f8']], 0, 260);
  glow(c, 300, 60, 300, '255,250,230', 0.5);
  cloud(c, r, 260, 150, 70, '#ffffff', '#d8e6f2');
  cloud(c, r, 700, 90, 44, '#ffffff', '#d8e6f2');
  // trees and a stand beyond the far end
  for (let x = 560; x < W + 20; x += rn(r, 10, 22)) circle(c, x, 240 + rn(r, -4, 4), rn(r, 8, 16), '#3f7a52');
  quad3(c, k, [[-40, 0, 170], [60, 0, 170], [60, 12, 185], [-40, 12, 185]], '#6a7aa0');
  for (let i = 0; i < 500; i++) {
    const t = r();
    const [px, py] = proj(k, rn(r, -40, 60), t * 12 + 0.3, 170 + t * 15);
    rect(c, px, py, 1.6, 1.6, pick(r, ['#c94a3b', '#e8e2d4', '#2f6db0', '#e6c34a']));
  }
  // ground: grass, infield stripes, the track and a side stand
  quad3(c, k, [[-90, 0, 1], [90, 0, 1], [90, 0, 170], [-90, 0, 170]], '#3f9a4a');
  for (let z = 2; z < 170; z += 8) quad3(c, k, [[-90, 0, z], [-5.4, 0, z], [-5.4, 0, z + 4], [-90, 0, z + 4]], '#4aa656');
  quad3(c, k, [[-5.3, 0, 1], [5.3, 0, 1], [5.3, 0, 170], [-5.3, 0, 170]], '#cf5a3c');
  quad3(c, k, [[5.3, 0, 1], [5.45, 0, 1], [5.45, 0, 170], [5.3, 0, 170]], '#f2f2ee');
  quad3(c, k, [[8, 0, 4], [8, 1, 4], [8, 1, 170], [8, 0, 170]], '#2f3a5a');
  quad3(c, k, [[8, 1, 4], [21, 10, 4], [21, 10, 170], [8, 1, 170]], '#5a6b8a');
  for (let i = 0; i < 1400; i++) {
    const t = r();
    const z = 4 + Math.pow(r(), 2) * 166;
    const [px, py] = proj(k, 8 + t * 13, 1.3 + t * 9, z);
    const sz = Math.max(1.4, 60 / z);
    rect(c, px, py, sz, sz, pick(r, ['#c94a3b', '#e8e2d4', '#2f6db0', '#e6c34a', '#3a3f5a']));
  }
  // lane lines, start line and lane numbers
  for (let i = 0; i <= 8; i++) {
    const X = -4.88 + i * 1.22;
    quad3(c, k, [[X - 0.025, 0, 1.5], [X + 0.025, 0, 1.5], [X + 0.025, 0, 170], [X - 0.025, 0, 170]], '#ffffff');
  }
  quad3(c, k, [[-4.88, 0, 3.1], [4.88, 0, 3.1], [4.88, 0, 3.2], [-4.88, 0, 3.2]], '#ffffff');
  c.fillStyle = '#ffffff';
  for (let i = 0; i < 8; i++) {
    const z = 2.55;
    const [nx, ny] = proj(k, -4.27 + i * 1.22, 0, z);
    c.save();
    c.translate(nx, ny);
    c.scale(1, k.y / z);
    c.font = `bold ${Math.round((0.55 * k.f) / z)}px "DejaVu Sans", sans-serif`;
    c.textAlign = 'center';
    c.fillText(String(i + 1), 0, 0);
    c.restore();
  }
  // hurdles, far to near
  for (let z = 6 + 9 * 11; z >= 6; z -= 9) {
    for (let i = 0; i < 8; i++) {
      const x0 = -4.88 + i * 1.22 + 0.1;
      const x1 = x0 + 1.02;
      quad3(c, k, [[x0, 0, z + 0.02], [x1, 0, z + 0.02], [x1, 0, z + 0.5], [x0, 0, z + 0.5]], 'rgba(90,30,20,0.25)');
      for (const X of [x0, x1]) {
        box3(c, k, X - 0.02, 0, z - 0.7, X + 0.02, 0.03, z, '#3a3a3a', '#555555', '#2a2a2a');
        box3(c, k, X - 0.02, 0, z, X + 0.02, 0.8, z + 0.03, '#3a3a3a', '#555555', '#2a2a2a');
      }
      const [p0x, p0y] = proj(k, x0, 0.84, z);
      const [p1x, p1y] = proj(k, x1, 0.72, z);
      const bw = p1x - p0x;
      for (let st = 0; st < 5; st++) rect(c, p0x + (bw * st) / 5, p0y, bw / 5 + 0.5, p1y - p0y, st % 2 ? '#1d1d1d' : '#ffffff');
    }
  }
  glow(c, 940, 200, 500, '255,250,230', 0.2);
}

function newspaperStack(c: Ctx, r: Rnd): void {
  // wooden table
  rect(c, 0, 0, W, H, lin(c, 0, 0, W, H, [[0, '#8a5a36'], [1, '#5a3a22']]));
  for (let i = 0; i < 46; i++) {
    const y0 = i * 16 + rn(r, -4, 4);
    c.beginPath();
    c.moveTo(0, y0);
    for (let x = 0; x <= W; x += 40) c.lineTo(x, y0 + Math.sin(x * 0.004 + i) * 6);
    c.strokeStyle = `rgba(${r() < 0.5 ? '50,30,15' : '190,140,90'},${rn(r, 0.1, 0.25)})`;
    c.lineWidth = rn(r, 1, 3);
    c.stroke();
  }
  glow(c, 300, 120, 700, '255,230,190', 0.3);
  // stack of newspapers: lower ones rotated, top one detailed
  const paper = (x: number, y: number, a: number, top: boolean): void => {
    c.save();
    c.translate(x, y);
    c.rotate(a);
    rect(c, -300 + 14, -200 + 18, 600, 400, 'rgba(20,10,5,0.35)');
    rect(c, -300, -200, 600, 400, lin(c, -300, 0, 300, 0, [[0, '#f3efe6'], [0.49, '#e9e4d8'], [0.5, '#d8d2c4'], [0.51, '#ece8dd'], [1, '#f6f2ea']]));
    for (let e = 1; e < 5; e++) line(c, -300 + e, 200 + e * 1.5, 300 - e, 200 + e * 1.5, '#cfc8b8', 1);
    if (top) {
      c.fillStyle = '#1a1a1a';
      c.font = 'bold 50px "DejaVu Serif", serif';
      c.fillText('NEWSWIRE', -278, -130);
      rect(c, -280, -118, 560, 3, '#1a1a1a');
      rect(c, -280, -108, 560, 1.5, '#1a1a1a');
      rect(c, -280, -94, 250, 16, '#2a2a2a');
      rect(c, -280, -72, 200, 16, '#2a2a2a');
      rect(c, -280, -46, 250, 120, lin(c, 0, -46, 0, 74, [[0, '#6fa8d8'], [0.6, '#f2c27a'], [0.61, '#3f7a52'], [1, '#2f5a3a']]));
      circle(c, -170, -10, 16, '#fff1c9');
      for (let i = 0; i < 9; i++) rect(c, -280, 86 + i * 11, rn(r, 200, 250), 4, '#9a958a');
      for (let col = 0; col < 2; col++) {
        rect(c, 20 + col * 135, -94, 120, 12, '#2a2a2a');
        for (let i = 0; i < 22; i++) rect(c, 20 + col * 135, -72 + i * 12, rn(r, 96, 120), 4, '#9a958a');
      }
    }
    c.restore();
  };
  paper(470, 380, 0.12, false);
  paper(460, 360, -0.05, false);
  paper(450, 340, 0.03, true);
  // coffee cup on a saucer
  const cx = 990;
  const cy = 300;
  circle(c, cx + 16, cy + 22, 150, 'rgba(20,10,5,0.35)');
  circle(c, cx, cy, 150, lin(c, cx - 150, cy - 150, cx + 150, cy + 150, [[0, '#ffffff'], [1, '#d9d4cc']]));
  circle(c, cx, cy, 110, '#ece8e0');
  rrect(c, cx + 86, cy - 22, 70, 44, 22, '#f4f2ee');
  rrect(c, cx + 104, cy - 10, 40, 20, 10, '#d9d4cc');
  circle(c, cx + 8, cy + 10, 102, 'rgba(20,10,5,0.25)');
  circle(c, cx, cy, 100, lin(c, cx - 100, cy - 100, cx + 100, cy + 100, [[0, '#ffffff'], [1, '#e2ddd4']]));
  circle(c, cx, cy, 84, rad(c, cx, cy, 84, [[0, '#3a1c0c'], [0.75, '#5a2e14'], [0.92, '#b07a4a'], [1, '#7a4a26']]));
  ellipse(c, cx - 30, cy - 34, 30, 12, 'rgba(255,255,255,0.25)', -0.6);
  // spoon
  c.save();
  c.translate(cx - 60, cy + 118);
  c.rotate(-0.5);
  rrect(c, -70, -5, 110, 10, 5, '#c9ccd2');
  ellipse(c, 52, 0, 20, 13, '#dfe2e8');
  c.restore();
  // steam
  for (let i = 0; i < 3; i++) {
    c.beginPath();
    const sx = cx - 30 + i * 30;
    c.moveTo(sx, cy - 40);
    c.bezierCurveTo(sx - 30, cy - 110, sx + 30, cy - 150, sx - 10, cy - 230);
    c.strokeStyle = 'rgba(255,255,255,0.22)';
    c.lineWidth = 14;
    c.lineCap = 'round';
    c.stroke();
  }
  // reading glasses
  c.save();
  c.translate(880, 560);
  c.rotate(0.2);
  for (const gx of [-50, 50]) {
    c.beginPath();
    c.ellipse(gx, 0, 40, 30, 0, 0, Math.PI * 2);
    c.fillStyle = 'rgba(200,230,255,0.18)';
    c.fill();
    c.strokeStyle = '#1a1a22';
    c.lineWidth = 5;
    c.stroke();
  }
  line(c, -10, -6, 10, -6, '#1a1a22', 5);
  line(c, -90, -6, -190, -30, '#1a1a22', 4);
  c.restore();
}

/** Conifer crown seen from above: a jagged star with a lit side. */
function coniferTop(c: Ctx, r: Rnd, x: number, y: number, s: number, col: string, lit: string): void {
  const n = 9;
  const pts: Pt[] = [];
  const shade: Pt[] = [];
  for (let i = 0; i < n * 2; i++) {
    const a = (i / (n * 2)) * Math.PI * 2 + r() * 0.2;
    const rr = s * (i % 2 ? rn(r, 0.45, 0.6) : rn(r, 0.9, 1.1));
    pts.push([x + Math.cos(a) * rr, y + Math.sin(a) * rr]);
    shade.push([x + Math.cos(a) * rr + s * 0.45, y + Math.sin(a) * rr + s * 0.55]);
  }
  poly(c, shade, 'rgba(5,15,10,0.5)');
  poly(c, pts, col);
  circle(c, x - s * 0.25, y - s * 0.25, s * 0.4, lit);
  circle(c, x, y, s * 0.12, 'rgba(10,25,15,0.6)');
}

function forestRiver(c: Ctx, r: Rnd): void {
  rect(c, 0, 0, W, H, '#17341f');
  // river centre line from chained cubic Béziers
  const pts: Pt[] = [];
  const ctrl: Pt[] = [[-60, 140], [200, 80], [330, 330], [560, 360], [760, 380], [700, 120], [940, 150], [1140, 180], [1100, 520], [1280, 620]];
  for (let seg = 0; seg + 3 < ctrl.length; seg += 3) {
    const [p0, p1, p2, p3] = [ctrl[seg], ctrl[seg + 1], ctrl[seg + 2], ctrl[seg + 3]] as [Pt, Pt, Pt, Pt];
    for (let t = 0; t <= 1; t += 0.02) {
      const u = 1 - t;
      pts.push([
        u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
        u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
      ]);
    }
  }
  // banks: a ribbon of varying width; sand bars sit on the inside of the bends
  const ribbon = (width: (i: number) => number, shift: (i: number) => number): Pt[] => {
    const left: Pt[] = [];
    const right: Pt[] = [];
    pts.forEach(([x, y], i) => {
      const a = pts[Math.max(0, i - 1)] as Pt;
      const b = pts[Math.min(pts.length - 1, i + 1)] as Pt;
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const len = Math.hypot(dx, dy) || 1;
      const nx = -dy / len;
      const ny = dx / len;
      const w = width(i);
      const o = shift(i);
      left.push([x + nx * (w + o), y + ny * (w + o)]);
      right.push([x - nx * (w - o), y - ny * (w - o)]);
    });
    return [...left, ...right.reverse()];
  };
  const bend = (i: number): number => {
    const a = pts[Math.max(0, i - 4)] as Pt;
    const m = pts[i] as Pt;
    const b = pts[Math.min(pts.length - 1, i + 4)] as Pt;
    return (m[0] - a[0]) * (b[1] - m[1]) - (m[1] - a[1]) * (b[0] - m[0]);
  };
  const wid = (i: number): number => 24 + 6 * Math.sin(i * 0.21) + 4 * Math.sin(i * 0.07 + 1);
  poly(c, ribbon((i) => wid(i) + 22, (i) => Math.max(-26, Math.min(26, bend(i) * 0.06))), '#cdb98a');
  poly(c, ribbon((i) => wid(i) + 10, () => 0), '#5d7a5a');
  poly(c, ribbon(wid, () => 0), lin(c, 0, 0, W, H, [[0, '#2b6a94'], [0.5, '#3f8ab4'], [1, '#2b6a94']]));
  poly(c, ribbon((i) => wid(i) * 0.35, (i) => wid(i) * 0.3), 'rgba(200,230,245,0.25)');
  // canopy on a jittered grid, keeping clear of the river
  const dist = (x: number, y: number): number => {
    let d = 1e9;
    for (let i = 0; i < pts.length; i += 2) {
      const p = pts[i] as Pt;
      const dd = (p[0] - x) * (p[0] - x) + (p[1] - y) * (p[1] - y);
      if (dd < d) d = dd;
    }
    return Math.sqrt(d);
  };
  const greens = ['#1f4a2c', '#24553a', '#2c5f36', '#1a4026', '#2f6a48'];
  for (let gy = -10, row = 0; gy < H + 20; gy += 26, row++) {
    for (let gx = -10 + (row % 2) * 13; gx < W + 20; gx += 26) {
      const x = gx + rn(r, -8, 8);
      const y = gy + rn(r, -8, 8);
      if (dist(x, y) < 60 + r() * 10) continue;
      const s = rn(r, 13, 19);
      const roll = r();
      if (roll < 0.04) {
        circle(c, x + 5, y + 6, s * 0.85, 'rgba(5,15,10,0.45)');
        circle(c, x, y, s * 0.85, pick(r, ['#c99a3a', '#b8862e']));
        circle(c, x - s * 0.25, y - s * 0.25, s * 0.4, 'rgba(255,250,210,0.25)');
      } else if (roll < 0.12) {
        circle(c, x + 5, y + 6, s * 0.9, 'rgba(5,15,10,0.45)');
        circle(c, x, y, s * 0.9, '#4f8a44');
        circle(c, x - s * 0.25, y - s * 0.25, s * 0.4, 'rgba(220,255,200,0.25)');
      } else {
        coniferTop(c, r, x, y, s, pick(r, greens), 'rgba(180,230,170,0.18)');
      }
    }
  }
  // morning mist and low sun
  for (let i = 0; i < 10; i++) glow(c, rn(r, 0, W), rn(r, 0, H), rn(r, 140, 260), '230,240,245', rn(r, 0.08, 0.16));
  glow(c, 200, 80, 500, '255,235,190', 0.18);
}

// ---------------------------------------------------------------------------
// Registry and runner (Node side)
// ---------------------------------------------------------------------------

/** Image name (see docs/demo-images.md) -> scene function. */
const SCENES: readonly (readonly [string, Scene])[] = [
  ['government-building-dusk', governmentBuildingDusk],
  ['diplomats-handshake', diplomatsHandshake],
  ['conference-table', conferenceTable],
  ['flags-row', flagsRow],
  ['city-skyline-night', citySkylineNight],
  ['harbor-cranes', harborCranes],
  ['summit-hall', summitHall],
  ['desert-road', desertRoad],
  ['stock-chart-screen', stockChartScreen],
  ['oil-refinery', oilRefinery],
  ['container-ship', containerShip],
  ['bank-facade', bankFacade],
  ['wheat-field', wheatField],
  ['naval-ship-sea', navalShipSea],
  ['aircraft-formation', aircraftFormation],
  ['radar-station', radarStation],
  ['rocket-launch', rocketLaunch],
  ['satellite-orbit', satelliteOrbit],
  ['observatory-night', observatoryNight],
  ['laboratory-glassware', laboratoryGlassware],
  ['arctic-icebreaker', arcticIcebreaker],
  ['theatre-stage', theatreStage],
  ['museum-gallery', museumGallery],
  ['winter-street', winterStreet],
  ['library-reading-room', libraryReadingRoom],
  ['metro-station', metroStation],
  ['hockey-rink', hockeyRink],
  ['football-stadium', footballStadium],
  ['ski-jump', skiJump],
  ['running-track', runningTrack],
  ['newspaper-stack', newspaperStack],
  ['forest-river', forestRiver],
];

/** Every function the page needs (kit, helpers and scenes), in source form. */
export const PAGE_FUNCTIONS: readonly ((...args: never[]) => unknown)[] = [
  mulberry32, rn, pick, star, lin, rad, rect, tracePoly, poly, circle, ellipse, rrect, line, polyline, glow, sky, beam,
  profile, mountains, fillUnder, stars, cloud, pine, pineRow, tree, windows, flag, flagDesign, flagpole, suitFigure,
  standingPerson, finish, drawScene, encodeScene, portico, stadiumPoint, stadiumPath, gantryCrane, truckBack,
  chartPanel, monitor, column, combine, jet, vessel, icebreakerShip, proj, quad3, box3, wallImage, artwork,
  fillUnderIn, framed, curtain, skater, coniferTop,
  ...SCENES.map(([, fn]) => fn),
];

function pageScript(functions: readonly ((...args: never[]) => unknown)[]): string {
  // `__name` is a no-op stand-in for the helper that tsx/esbuild inserts to keep function names.
  const prelude = `var __name = (f) => f; var W = ${W}, H = ${H};`;
  return [prelude, ...functions.map((fn) => fn.toString())].join('\n');
}

function decodeDataUrl(url: string): Buffer {
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
}

/**
 * Renders `scenes` (names in `only`, or all) to OUT_DIR at every width within budget; `functions`
 * are every function the scenes need in the page (the kit's PAGE_FUNCTIONS plus their own).
 */
export async function renderScenes(scenes: readonly (readonly [string, Scene])[], functions: readonly ((...args: never[]) => unknown)[], only: readonly string[]): Promise<void> {
  const unknown = only.filter((n) => !scenes.some(([name]) => name === n));
  if (unknown.length > 0) throw new Error(`unknown image name(s): ${unknown.join(', ')}`);
  const todo = scenes.filter(([name]) => only.length === 0 || only.includes(name));
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: pageScript(functions) });
    let total = 0;
    for (const [name, fn] of todo) {
      await page.evaluate(([fnName, seed]) => drawScene(fnName, seed), [fn.name, seedOf(name)] as const);
      const sizes: string[] = [];
      for (const width of WIDTHS) {
        const budget = BUDGET[width] ?? Infinity;
        let quality = QUALITY;
        let bytes = decodeDataUrl(await page.evaluate(([w, q]) => encodeScene(w, q), [width, quality] as const));
        while (bytes.length > budget && quality > 0.45) {
          quality = Math.round((quality - 0.05) * 100) / 100;
          bytes = decodeDataUrl(await page.evaluate(([w, q]) => encodeScene(w, q), [width, quality] as const));
        }
        await writeFile(path.join(OUT_DIR, `${name}-${width}.webp`), bytes);
        total += bytes.length;
        sizes.push(`${width}: ${(bytes.length / 1024).toFixed(1)} KB${quality === QUALITY ? '' : ` (q ${quality})`}`);
      }
      console.log(`${name.padEnd(26)} ${sizes.join(', ')}`);
    }
    console.log(`${todo.length} images, ${(total / 1024).toFixed(0)} KB in ${path.relative(process.cwd(), OUT_DIR)}`);
  } finally {
    await browser.close();
  }
}

// Run directly (not imported by scripts/makeGalleryImages.ts): render this file's scenes.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  renderScenes(SCENES, PAGE_FUNCTIONS, process.argv.slice(2)).catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
