/// <reference lib="dom" />
/**
 * Renders the photos of the demo galleries (src/server/seed/demoGalleries.ts; listed in
 * docs/demo-images.md) with the drawing kit of scripts/makeDemoImages.ts, in the same style, to
 * public/images/demo/{name}-{480,800,1200}.webp.
 *
 * Run:  node_modules/.bin/tsx scripts/makeGalleryImages.ts [name ...]   (no names = all)
 *
 * Like the kit's scenes, these functions run in the page (serialised with toString): they may use
 * only their arguments, W/H, the kit and each other.
 */
import {
  type Ctx,
  H,
  PAGE_FUNCTIONS,
  type Pt,
  type Rnd,
  type Scene,
  W,
  circle,
  cloud,
  ellipse,
  fillUnder,
  gantryCrane,
  glow,
  icebreakerShip,
  lin,
  line,
  mountains,
  pick,
  pineRow,
  poly,
  profile,
  rect,
  renderScenes,
  rn,
  rrect,
  sky,
  standingPerson,
  stars,
  tree,
  windows,
} from './makeDemoImages';

// ---------------------------------------------------------------------------
// Helpers (run in the page)
// ---------------------------------------------------------------------------

/** A field of ice floes between two heights, bigger towards the viewer; `clear(x, y)` keeps water open. */
function iceFloes(c: Ctx, r: Rnd, y0: number, y1: number, horizon: number, tint: string, shade: string, clear: (x: number, y: number) => boolean): void {
  for (let y = y0; y < y1; ) {
    const s = 0.12 + ((y - horizon) / (H - horizon)) * 1.3;
    for (let x = -40 + rn(r, 0, 40) * s; x < W + 40; ) {
      const w = rn(r, 60, 170) * s;
      const h = w * rn(r, 0.18, 0.3);
      if (!clear(x, y)) {
        const pts: Pt[] = [];
        for (let a = 0; a < 7; a++) {
          const ang = (a / 7) * Math.PI * 2;
          pts.push([x + Math.cos(ang) * w * 0.5 * rn(r, 0.75, 1.1), y + Math.sin(ang) * h * 0.5 * rn(r, 0.75, 1.1)]);
        }
        poly(c, pts.map(([px, py]) => [px, py + 4 * s] as Pt), shade);
        poly(c, pts, lin(c, 0, y - h / 2, 0, y + h / 2, [[0, '#ffffff'], [1, tint]]));
      }
      x += w * rn(r, 0.95, 1.2);
    }
    y += Math.max(4, 14 * s);
  }
}

/** A merchant ship seen from the side, bow to the right: container ship, tanker or bulk carrier. */
function merchantShip(c: Ctx, r: Rnd, x: number, wl: number, len: number, kind: 'container' | 'tanker' | 'bulk', hull: string, lights = false): void {
  const h = len * 0.11;
  poly(c, [[x, wl - h], [x + len * 0.93, wl - h * 1.1], [x + len, wl - h * 1.2], [x + len * 0.95, wl + h * 0.15], [x + len * 0.05, wl + h * 0.15]], hull);
  rect(c, x, wl - h * 0.25, len * 0.96, h * 0.1, 'rgba(200,60,50,0.8)');
  // bridge at the stern
  rect(c, x + len * 0.04, wl - h * 2.6, len * 0.12, h * 1.6, '#eeeae2');
  rect(c, x + len * 0.03, wl - h * 2.75, len * 0.14, h * 0.2, '#d9d4ca');
  windows(c, r, x + len * 0.045, wl - h * 2.5, len * 0.11, h * 1.3, 6, 4, lights ? 0.6 : 1, lights ? ['#ffd98a', '#ffe9b8'] : ['#2f4a66'], '#2f4a66');
  rect(c, x + len * 0.08, wl - h * 3.2, len * 0.035, h * 0.5, '#c8322f');
  if (kind === 'container') {
    for (let i = 0; i < 14; i++) {
      for (let j = 0; j < 3; j++) {
        rect(c, x + len * (0.2 + i * 0.052), wl - h * (1.45 + j * 0.42), len * 0.049, h * 0.4, pick(r, ['#c8553d', '#2c64b4', '#e6c34a', '#3f7a52', '#8a2a4a', '#e8792f', '#6a7aa0']));
      }
    }
  } else if (kind === 'tanker') {
    rect(c, x + len * 0.2, wl - h * 1.25, len * 0.72, h * 0.12, '#8a8f99');
    for (let i = 0; i < 10; i++) line(c, x + len * (0.24 + i * 0.068), wl - h * 1.1, x + len * (0.24 + i * 0.068), wl - h * 1.45, '#6a707a', 3);
    rect(c, x + len * 0.55, wl - h * 1.9, len * 0.02, h * 0.8, '#6a707a');
  } else {
    for (let i = 0; i < 5; i++) rect(c, x + len * (0.22 + i * 0.14), wl - h * 1.35, len * 0.1, h * 0.3, '#4a5668');
    for (let i = 0; i < 4; i++) {
      const cx = x + len * (0.3 + i * 0.14);
      line(c, cx, wl - h, cx, wl - h * 2.6, '#e6b43a', 4);
      line(c, cx, wl - h * 2.6, cx + len * 0.07, wl - h * 1.6, '#e6b43a', 3);
    }
  }
  if (lights) for (let i = 0; i < 5; i++) glow(c, x + len * (0.1 + i * 0.2), wl - h * 1.6, 40, '255,220,150', 0.35);
}

/** Falling snow: soft flakes, larger and fewer towards the viewer. */
function snowfall(c: Ctx, r: Rnd, n: number, alpha = 0.8): void {
  for (let i = 0; i < n; i++) {
    const size = Math.pow(r(), 3) * 4 + 0.8;
    circle(c, r() * W, r() * H, size, `rgba(255,255,255,${(alpha * rn(r, 0.4, 1)).toFixed(2)})`);
  }
}

/** A panel apartment block: facade, windows (a share lit), snow on the roof. */
function apartmentBlock(c: Ctx, r: Rnd, x: number, base: number, w: number, h: number, wall: string, lit: number, snowRoof = true): void {
  rect(c, x, base - h, w, h, wall);
  windows(c, r, x + 6, base - h + 10, w - 12, h - 24, Math.max(3, Math.round(w / 34)), Math.max(3, Math.round(h / 40)), lit, ['#ffd98a', '#ffe3a6', '#f6c56e'], '#33415a');
  if (snowRoof) rect(c, x - 4, base - h - 8, w + 8, 10, '#f4f7fb');
}

/** Long winter coat and hat: a standing person with a coloured coat. */
function coatPerson(c: Ctx, x: number, foot: number, h: number, coat: string): void {
  standingPerson(c, x, foot, h, coat, '#e8c4a0');
  ellipse(c, x, foot - h * 0.965, h * 0.075, h * 0.045, '#2a2a3a');
}

/** A rocket standing at (x, base) of height h; or lying when rotated by the caller. */
function rocketBody(c: Ctx, x: number, base: number, h: number, lit: boolean): void {
  const w = h * 0.08;
  const body = lit ? lin(c, x - w, 0, x + w, 0, [[0, '#cfd6e2'], [0.4, '#ffffff'], [1, '#8a94a8']]) : lin(c, x - w, 0, x + w, 0, [[0, '#6a748a'], [0.5, '#b8c2d4'], [1, '#4a5468']]);
  // boosters
  for (const side of [-1, 1]) {
    poly(c, [[x + side * w, base], [x + side * w * 1.9, base], [x + side * w * 1.9, base - h * 0.28], [x + side * w * 1.4, base - h * 0.36], [x + side * w, base - h * 0.36]], body);
  }
  rect(c, x - w, base - h * 0.82, w * 2, h * 0.82, body);
  poly(c, [[x - w, base - h * 0.82], [x + w, base - h * 0.82], [x, base - h]], body);
  rect(c, x - w, base - h * 0.55, w * 2, h * 0.025, '#c8322f');
  rect(c, x - w, base - h * 0.3, w * 2, h * 0.02, '#2c64b4');
}

/** Northern lights: translucent green and violet curtains. */
function aurora(c: Ctx, r: Rnd, top: number, bottom: number): void {
  for (let band = 0; band < 3; band++) {
    const base = profile(r, top + (bottom - top) * (0.35 + band * 0.2), 70, 0.6, 12);
    for (let i = 0; i < base.length - 1; i++) {
      const [x, y] = base[i] as Pt;
      const height = rn(r, 80, 190);
      const g = lin(c, 0, y - height, 0, y, [[0, 'rgba(120,255,190,0)'], [0.6, band === 2 ? 'rgba(190,120,255,0.16)' : 'rgba(110,255,170,0.2)'], [1, 'rgba(110,255,170,0)']]);
      rect(c, x, y - height, 13, height, g);
    }
  }
}

/** An orange municipal snowplough facing right with its blade down and a flashing beacon. */
function snowplough(c: Ctx, x: number, y: number, s: number): void {
  ellipse(c, x + 120 * s, y + 4 * s, 150 * s, 14 * s, 'rgba(0,0,0,0.35)');
  rrect(c, x, y - 90 * s, 150 * s, 70 * s, 6 * s, '#e8792f');
  rrect(c, x + 150 * s, y - 110 * s, 70 * s, 90 * s, 8 * s, '#f08a3a');
  rect(c, x + 165 * s, y - 100 * s, 45 * s, 35 * s, '#2a3a52');
  poly(c, [[x + 225 * s, y - 50 * s], [x + 270 * s, y - 20 * s], [x + 270 * s, y + 4 * s], [x + 215 * s, y + 4 * s]], '#c9ccd2');
  for (const wx of [30, 110, 185]) circle(c, x + wx * s, y - 12 * s, 18 * s, '#1d1d24');
  rect(c, x + 180 * s, y - 124 * s, 18 * s, 12 * s, '#ffb020');
  glow(c, x + 189 * s, y - 118 * s, 70 * s, '255,170,40', 0.55);
  glow(c, x + 268 * s, y - 40 * s, 60 * s, '255,250,220', 0.4);
}

/** A car body seen from the side, optionally buried under a mound of snow. */
function car(c: Ctx, x: number, y: number, s: number, colour: string, snow: number): void {
  rrect(c, x, y - 34 * s, 150 * s, 26 * s, 8 * s, colour);
  poly(c, [[x + 30 * s, y - 34 * s], [x + 50 * s, y - 56 * s], [x + 105 * s, y - 56 * s], [x + 125 * s, y - 34 * s]], colour);
  circle(c, x + 32 * s, y - 8 * s, 14 * s, '#1d1d24');
  circle(c, x + 118 * s, y - 8 * s, 14 * s, '#1d1d24');
  if (snow > 0) ellipse(c, x + 75 * s, y - 40 * s - snow * 10 * s, 95 * s, (26 + snow * 24) * s, '#f2f6fb');
}

// ---------------------------------------------------------------------------
// Gallery: the Arctic convoy
// ---------------------------------------------------------------------------

function convoyInLine(c: Ctx, r: Rnd): void {
  const horizon = 300;
  sky(c, [[0, '#5b6fa3'], [0.55, '#e8a6a8'], [1, '#f8d7b4']], 0, horizon);
  glow(c, 900, horizon - 10, 380, '255,200,170', 0.5);
  fillUnder(c, mountains(r, horizon, 40), '#b9b3cf', horizon + 2);
  rect(c, 0, horizon, W, H - horizon, lin(c, 0, horizon, 0, H, [[0, '#8ea4c4'], [1, '#4a6284']]));
  // the channel runs from the icebreaker, front right, back to the horizon on the left
  const channelY = (x: number) => horizon + 14 + (x / W) * 250;
  const channel = (x: number, y: number) => x < 1000 && Math.abs(y - channelY(x)) < 8 + (y - horizon) * 0.2;
  iceFloes(c, r, horizon + 2, H + 20, horizon, '#d8d2e6', '#8e9cc0', channel);
  for (let i = 4; i >= 1; i--) {
    const x = 660 - i * 150;
    const len = 230 * (0.35 + (x / W) * 0.9);
    merchantShip(c, r, x - len, channelY(x) + 4, len, i % 2 === 0 ? 'tanker' : 'container', '#2a3042');
  }
  icebreakerShip(c, 640, channelY(900) + 20, 0.55);
  glow(c, 900, horizon, 500, '255,210,180', 0.15);
}

function convoyAurora(c: Ctx, r: Rnd): void {
  const horizon = 420;
  sky(c, [[0, '#050a1c'], [0.7, '#0c1f3a'], [1, '#153a52']], 0, horizon);
  stars(c, r, 260, horizon, 1.4);
  aurora(c, r, 40, 360);
  rect(c, 0, horizon, W, H - horizon, lin(c, 0, horizon, 0, H, [[0, '#1c3448'], [1, '#0a1622']]));
  iceFloes(c, r, horizon + 2, H + 20, horizon, '#9fb8c8', '#24384a', () => false);
  // three ships lying still, deck lights on, reflections of the lights on the ice
  merchantShip(c, r, 120, horizon + 40, 300, 'container', '#151b28', true);
  merchantShip(c, r, 560, horizon + 22, 220, 'tanker', '#151b28', true);
  merchantShip(c, r, 880, horizon + 12, 160, 'bulk', '#151b28', true);
  for (let i = 0; i < 12; i++) glow(c, rn(r, 100, 1050), rn(r, horizon + 50, H), rn(r, 40, 90), '150,255,200', 0.06);
}

function tankerBowIce(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#8c98a8'], [1, '#c9d2dc']], 0, 260);
  for (let i = 0; i < 4; i++) cloud(c, r, rn(r, 100, 1100), rn(r, 60, 200), rn(r, 60, 110), '#d8dde4', '#9aa4b2');
  rect(c, 0, 250, W, H - 250, lin(c, 0, 250, 0, H, [[0, '#5a6e84'], [1, '#2a3a4c']]));
  iceFloes(c, r, 252, H + 20, 250, '#dfe8f0', '#7a8ea2', (x) => x > 380 && x < 860);
  // the bow, head on, pushing slabs aside
  poly(c, [[440, 110], [800, 110], [740, 380], [625, 600], [500, 380]], lin(c, 440, 0, 800, 0, [[0, '#1c2029'], [0.45, '#4a5060'], [1, '#12151b']]));
  poly(c, [[615, 112], [635, 112], [630, 596], [622, 598]], 'rgba(255,255,255,0.12)');
  rect(c, 436, 96, 368, 16, '#c8322f');
  for (const ax of [520, 720]) circle(c, ax, 170, 14, '#0c0e12');
  c.fillStyle = '#e8e4da';
  c.font = 'bold 30px "DejaVu Sans", sans-serif';
  c.fillText('VARANDEY', 660, 240);
  poly(c, [[520, 560], [625, 600], [730, 560], [760, 620], [490, 620]], 'rgba(255,255,255,0.85)');
  for (let i = 0; i < 40; i++) {
    const side = r() < 0.5 ? -1 : 1;
    const bx = 620 + side * rn(r, 140, 320);
    const by = rn(r, 470, 660);
    const s = rn(r, 16, 46);
    poly(c, [[bx - s, by], [bx - s * 0.3, by - s * 0.7], [bx + s, by - s * 0.35], [bx + s * 0.5, by + s * 0.35]], pick(r, ['#ffffff', '#e4eff7', '#c9dcea']));
  }
  for (let i = 0; i < 160; i++) circle(c, 625 + rn(r, -200, 200), rn(r, 540, 660), rn(r, 1, 3), 'rgba(255,255,255,0.75)');
}

function iceHelicopter(c: Ctx, r: Rnd): void {
  rect(c, 0, 0, W, H, '#e9f1f8');
  // seen from above: ice with dark leads of open water
  for (let i = 0; i < 7; i++) {
    c.beginPath();
    let x = rn(r, -100, W);
    let y = -20;
    c.moveTo(x, y);
    while (y < H + 20) {
      x += rn(r, -60, 60);
      y += rn(r, 30, 70);
      c.lineTo(x, y);
    }
    c.strokeStyle = '#22384e';
    c.lineWidth = rn(r, 6, 28);
    c.lineJoin = 'round';
    c.stroke();
  }
  for (let i = 0; i < 160; i++) {
    const x = r() * W;
    const y = r() * H;
    const s = rn(r, 8, 40);
    poly(c, [[x, y], [x + s, y + s * 0.2], [x + s * 0.8, y + s], [x - s * 0.2, y + s * 0.7]], pick(r, ['#ffffff', '#d6e4ef', '#c3d6e6']));
  }
  // the helicopter and its shadow
  const hx = 640;
  const hy = 300;
  ellipse(c, hx + 90, hy + 140, 90, 30, 'rgba(20,40,60,0.25)');
  rrect(c, hx - 70, hy - 28, 140, 56, 26, '#e8792f');
  rrect(c, hx + 50, hy - 8, 150, 16, 8, '#e8792f');
  rect(c, hx + 190, hy - 26, 14, 52, '#c8322f');
  ellipse(c, hx - 30, hy, 30, 20, '#2a4a66');
  circle(c, hx, hy, 10, '#333');
  for (const a of [0.3, 0.3 + Math.PI / 2, 0.3 + Math.PI, 0.3 + (3 * Math.PI) / 2]) line(c, hx, hy, hx + Math.cos(a) * 150, hy + Math.sin(a) * 150, 'rgba(40,40,50,0.55)', 8, 'round');
  circle(c, hx, hy, 150, 'rgba(60,60,70,0.08)');
}

function polarBearFloe(c: Ctx, r: Rnd): void {
  const horizon = 330;
  sky(c, [[0, '#a9c4de'], [1, '#eef3f7']], 0, horizon);
  glow(c, 300, horizon - 40, 300, '255,250,235', 0.5);
  rect(c, 0, horizon, W, H - horizon, lin(c, 0, horizon, 0, H, [[0, '#5f7f9c'], [1, '#1e3a54']]));
  for (let i = 0; i < 3; i++) merchantShip(c, r, 760 + i * 130, horizon - 2, 90 - i * 10, i === 1 ? 'tanker' : 'container', '#3a4456');
  iceFloes(c, r, horizon + 2, 480, horizon, '#dfe8f0', '#7a8ea2', () => false);
  // the big floe in front
  poly(c, [[60, 520], [300, 470], [640, 480], [760, 540], [700, 640], [200, 660], [40, 600]], '#6f8aa6');
  poly(c, [[60, 505], [300, 455], [640, 465], [760, 525], [700, 620], [200, 640], [40, 585]], lin(c, 0, 455, 0, 640, [[0, '#ffffff'], [1, '#d3e2ee']]));
  // the bear, standing, looking out to the ships
  const bx = 430;
  const by = 520;
  const fur = lin(c, bx - 120, by - 120, bx + 120, by, [[0, '#fbf7ea'], [1, '#ddd2b8']]);
  ellipse(c, bx, by - 60, 120, 60, fur);
  ellipse(c, bx + 120, by - 90, 42, 34, fur);
  ellipse(c, bx + 160, by - 84, 22, 16, fur);
  circle(c, bx + 178, by - 86, 5, '#1a1a1a');
  circle(c, bx + 134, by - 100, 4, '#1a1a1a');
  ellipse(c, bx + 104, by - 122, 9, 8, '#e8e0cc');
  for (const lx of [-80, -40, 50, 90]) rrect(c, bx + lx - 16, by - 40, 32, 58, 12, fur);
  ellipse(c, bx, by + 22, 150, 12, 'rgba(80,110,140,0.25)');
}

function dudinkaGrainLoading(c: Ctx, r: Rnd): void {
  const horizon = 300;
  sky(c, [[0, '#7d94b4'], [1, '#dbe3ec']], 0, horizon);
  fillUnder(c, profile(r, horizon - 10, 40, 0.5), '#dfe6ee', horizon + 2);
  pineRow(c, r, horizon, 20, 40, 14, '#4a5a52', 6);
  rect(c, 0, horizon, W, H - horizon, lin(c, 0, horizon, 0, H, [[0, '#5a6e84'], [1, '#34485c']]));
  // quay with snow, silos, conveyor to the ship's hold
  rect(c, 0, 470, W, H - 470, '#7a7f88');
  rect(c, 0, 466, W, 10, '#f2f6fa');
  for (let i = 0; i < 4; i++) {
    rect(c, 40 + i * 70, 250, 60, 216, lin(c, 40 + i * 70, 0, 100 + i * 70, 0, [[0, '#d9d6cf'], [1, '#a9a49a']]));
    ellipse(c, 70 + i * 70, 250, 30, 8, '#f2f6fa');
  }
  merchantShip(c, r, 360, 470, 760, 'bulk', '#2c3a5a');
  line(c, 300, 270, 640, 350, '#5a5f6a', 14);
  line(c, 640, 350, 660, 410, '#5a5f6a', 8);
  for (let i = 0; i < 60; i++) circle(c, rn(r, 640, 680), rn(r, 360, 420), rn(r, 1, 3), 'rgba(230,200,120,0.8)');
  glow(c, 660, 410, 60, '240,210,140', 0.35);
  for (let i = 0; i < 5; i++) coatPerson(c, 220 + i * 24, 540, 40, pick(r, ['#e8792f', '#2c64b4', '#c8322f']));
  snowfall(c, r, 250, 0.6);
}

function pevekArrival(c: Ctx, r: Rnd): void {
  const horizon = 330;
  sky(c, [[0, '#6f86ad'], [0.7, '#e7b9a5'], [1, '#f3d2b4']], 0, horizon);
  fillUnder(c, mountains(r, horizon - 40, 120, 0.5), '#eef1f6', horizon + 2);
  fillUnder(c, mountains(r, horizon - 10, 60, 0.5), '#cfd8e6', horizon + 2);
  // the little town: colourful blocks on the shore
  for (let i = 0; i < 9; i++) {
    const x = 520 + i * 70;
    apartmentBlock(c, r, x, horizon + 4, 60, rn(r, 60, 110), pick(r, ['#d8604a', '#e6b43a', '#4a88c8', '#6aa87a', '#e8e2d4']), 0.4);
  }
  rect(c, 0, horizon, W, H - horizon, lin(c, 0, horizon, 0, H, [[0, '#7f94ad'], [1, '#2c4058']]));
  gantryCrane(c, 420, horizon + 10, 0.5, '#e6b43a', '#8a6a2a');
  merchantShip(c, r, 80, horizon + 110, 520, 'container', '#262c3c');
  merchantShip(c, r, 700, horizon + 60, 360, 'tanker', '#262c3c');
  iceFloes(c, r, horizon + 150, H + 20, horizon, '#e2ebf2', '#7a8ea2', (x, y) => y < horizon + 240 && x < 700);
}

// ---------------------------------------------------------------------------
// Gallery: the Baikonur launch
// ---------------------------------------------------------------------------

function rocketRollout(c: Ctx, r: Rnd): void {
  const horizon = 420;
  sky(c, [[0, '#6f8fc4'], [0.6, '#f2b98a'], [1, '#f8dcae']], 0, horizon);
  glow(c, 200, horizon - 10, 360, '255,210,150', 0.7);
  rect(c, 0, horizon, W, H - horizon, lin(c, 0, horizon, 0, H, [[0, '#b49a6e'], [1, '#6e5a3e']]));
  for (let i = 0; i < 200; i++) line(c, rn(r, 0, W), rn(r, horizon + 4, H), rn(r, 0, W), rn(r, horizon + 4, H), 'rgba(90,70,40,0.05)', 2);
  // rails to the horizon
  line(c, 0, 560, W, 500, '#4a4036', 5);
  line(c, 0, 590, W, 520, '#4a4036', 5);
  for (let x = 0; x < W; x += 36) line(c, x, 556 - x * 0.05, x + 10, 594 - x * 0.058, '#5a4a3a', 6);
  // the transporter with the rocket lying on it, and the locomotive pushing
  c.save();
  c.translate(250, 418);
  c.rotate(Math.PI / 2 - 0.04);
  rocketBody(c, 0, 0, 620, true);
  c.restore();
  rect(c, 240, 478, 660, 40, '#6a7282');
  for (let i = 0; i < 8; i++) circle(c, 270 + i * 86, 530, 14, '#2a2a30');
  rrect(c, 910, 440, 200, 84, 8, '#2f7a4a');
  rect(c, 1040, 410, 60, 40, '#2f7a4a');
  rect(c, 1050, 418, 40, 22, '#ffe3a0');
  for (const wx of [940, 1000, 1080]) circle(c, wx, 532, 14, '#2a2a30');
  for (let i = 0; i < 6; i++) coatPerson(c, 140 + i * 30, 560, 46, pick(r, ['#e8792f', '#2c64b4', '#3a3f5a']));
  glow(c, 200, horizon, 600, '255,200,150', 0.12);
}

function rocketPadNight(c: Ctx, r: Rnd): void {
  const horizon = 540;
  sky(c, [[0, '#040816'], [1, '#1a2440']], 0, horizon);
  stars(c, r, 300, horizon - 100, 1.5);
  rect(c, 0, horizon, W, H - horizon, lin(c, 0, horizon, 0, H, [[0, '#2a2a2e'], [1, '#101014']]));
  for (const fx of [260, 940]) {
    poly(c, [[fx - 6, horizon], [fx + 6, horizon], [600 + (fx - 600) * 0.2, 60], [600 + (fx - 600) * 0.15, 60]], lin(c, fx, horizon, 600, 60, [[0, 'rgba(255,250,220,0.25)'], [1, 'rgba(255,250,220,0)']]));
    rect(c, fx - 4, horizon - 140, 8, 140, '#3a3a40');
    rect(c, fx - 20, horizon - 150, 40, 14, '#fff8e0');
    glow(c, fx, horizon - 143, 90, '255,248,220', 0.7);
  }
  // service towers either side
  for (const tx of [470, 690]) {
    rect(c, tx, 160, 40, horizon - 160, 'rgba(70,60,50,0.9)');
    for (let y = 170; y < horizon; y += 28) {
      line(c, tx, y, tx + 40, y + 28, '#8a6a3a', 2);
      line(c, tx + 40, y, tx, y + 28, '#8a6a3a', 2);
    }
  }
  rocketBody(c, 600, horizon - 20, 440, true);
  rect(c, 460, horizon - 20, 280, 24, '#4a4a52');
  glow(c, 600, 300, 260, '255,250,230', 0.18);
  for (let i = 0; i < 30; i++) circle(c, rn(r, 420, 780), rn(r, horizon - 30, horizon + 10), rn(r, 10, 30), 'rgba(220,225,235,0.08)');
}

function launchControlRoom(c: Ctx, r: Rnd): void {
  rect(c, 0, 0, W, H, lin(c, 0, 0, 0, H, [[0, '#121826'], [1, '#0a0d16']]));
  // the wall of screens
  for (const [x, y, label] of [[90, 60, 'PAD 31'], [450, 40, 'TRAJECTORY'], [810, 60, 'GROUND TRACK']] as const) {
    rrect(c, x - 10, y - 10, 320, y === 40 ? 210 : 190, 8, '#1b2033');
    rect(c, x, y, 300, y === 40 ? 190 : 170, '#0d1a2c');
    for (let g = 1; g < 6; g++) line(c, x, y + g * 30, x + 300, y + g * 30, 'rgba(90,180,255,0.15)', 1);
    for (let g = 1; g < 10; g++) line(c, x + g * 30, y, x + g * 30, y + 170, 'rgba(90,180,255,0.15)', 1);
    c.fillStyle = '#9fd0ff';
    c.font = 'bold 16px "DejaVu Sans Mono", monospace';
    c.fillText(label, x + 10, y + 22);
  }
  c.beginPath();
  for (let x = 0; x <= 300; x += 10) c.lineTo(810 + x, 160 + Math.sin(x / 48) * 40);
  c.strokeStyle = '#5ee0a0';
  c.lineWidth = 3;
  c.stroke();
  circle(c, 1010, 160 + Math.sin(200 / 48) * 40, 7, '#ffd24a');
  // trajectory arc and a rocket picture over the generic charts
  c.beginPath();
  c.moveTo(470, 210);
  c.quadraticCurveTo(560, 60, 730, 80);
  c.strokeStyle = '#ffd24a';
  c.lineWidth = 4;
  c.stroke();
  rocketBody(c, 240, 215, 120, true);
  // rows of consoles from behind, people at them
  for (let row = 0; row < 2; row++) {
    const y = 430 + row * 150;
    rect(c, 40, y, W - 80, 60, lin(c, 0, y, 0, y + 60, [[0, '#2a3246'], [1, '#161c2a']]));
    for (let i = 0; i < 6; i++) {
      const x = 110 + i * 180;
      rect(c, x - 50, y - 40, 100, 50, '#1f2a40');
      rect(c, x - 46, y - 36, 92, 42, pick(r, ['#1f6f8a', '#2a4a7a', '#3a6a4a']));
      glow(c, x, y - 15, 80, '90,180,255', 0.12);
      circle(c, x + 20, y + 10 - 30 * row * 0, 20, '#0e121c');
      ellipse(c, x + 20, y + 56, 34, 40, '#0e121c');
    }
  }
}

function launchSpectators(c: Ctx, r: Rnd): void {
  const horizon = 470;
  sky(c, [[0, '#2a3a6a'], [0.6, '#d98a6a'], [1, '#f6c28a']], 0, horizon);
  // the rocket on its flame, small in the distance, and its column of smoke
  const rx = 780;
  const ry = 250;
  poly(c, [[rx - 30, horizon], [rx + 30, horizon], [rx + 8, ry + 40], [rx - 8, ry + 40]], lin(c, 0, ry, 0, horizon, [[0, 'rgba(240,230,220,0.9)'], [1, 'rgba(200,190,190,0.5)']]));
  for (let i = 0; i < 24; i++) circle(c, rx + rn(r, -90, 90), horizon - rn(r, 0, 60), rn(r, 20, 50), 'rgba(225,215,210,0.35)');
  glow(c, rx, ry + 40, 120, '255,220,150', 0.9);
  glow(c, rx, ry + 40, 40, '255,255,240', 1);
  rocketBody(c, rx, ry + 30, 90, true);
  fillUnder(c, profile(r, horizon, 12, 0.4), '#5a4a48', horizon + 40);
  // the hill in front with people silhouetted, some with cameras raised
  fillUnder(c, profile(r, 600, 40, 0.3), '#1a1420');
  for (let i = 0; i < 22; i++) {
    const x = 40 + i * 52 + rn(r, -10, 10);
    const foot = 610 + Math.sin(x * 0.005) * 20;
    standingPerson(c, x, foot, rn(r, 90, 120), '#1a1420');
    if (r() < 0.35) line(c, x + 6, foot - 104, x + 14, foot - 126, '#1a1420', 5, 'round');
  }
}

function launchTrailTwilight(c: Ctx, r: Rnd): void {
  const horizon = 560;
  sky(c, [[0, '#0a1230'], [0.5, '#253a7a'], [1, '#6a78b0']], 0, horizon);
  stars(c, r, 200, 300, 1.3);
  // the lit exhaust plume curving up and over
  c.beginPath();
  c.moveTo(260, horizon);
  c.bezierCurveTo(300, 300, 500, 120, 900, 90);
  c.strokeStyle = 'rgba(255,240,250,0.8)';
  c.lineWidth = 8;
  c.stroke();
  for (let i = 0; i < 60; i++) {
    const t = i / 60;
    const x = (1 - t) ** 3 * 260 + 3 * (1 - t) ** 2 * t * 300 + 3 * (1 - t) * t * t * 500 + t ** 3 * 900;
    const y = (1 - t) ** 3 * horizon + 3 * (1 - t) ** 2 * t * 300 + 3 * (1 - t) * t * t * 120 + t ** 3 * 90;
    glow(c, x, y, 30 + t * 110, t > 0.5 ? '170,200,255' : '255,200,230', 0.25);
  }
  glow(c, 905, 88, 30, '255,255,255', 1);
  fillUnder(c, profile(r, horizon, 8, 0.4), '#0c0e18');
  for (let i = 0; i < 6; i++) rect(c, 100 + i * 60, horizon - rn(r, 10, 40), 8, 40, '#0c0e18');
}

function firstArcticImage(c: Ctx, r: Rnd): void {
  rect(c, 0, 0, W, H, '#0c1c30');
  // dark sea, land in the south-west corner, the ice pack in the north, a cyclone's spiral of cloud
  fillUnder(c, profile(r, 560, 60, 0.6), '#3a4a3a');
  poly(c, [[0, 0], [W, 0], [W, 160], [800, 210], [500, 180], [200, 230], [0, 190]], lin(c, 0, 0, 0, 230, [[0, '#f4f8fc'], [1, '#cfdfec']]));
  const cx = 620;
  const cy = 380;
  for (let i = 0; i < 900; i++) {
    const t = r() * 6;
    const rad = 20 + t * 45 + rn(r, -20, 20);
    const a = t * 1.6 + rn(r, -0.2, 0.2);
    circle(c, cx + Math.cos(a) * rad * 1.2, cy + Math.sin(a) * rad * 0.8, rn(r, 6, 16), `rgba(240,245,250,${rn(r, 0.1, 0.35).toFixed(2)})`);
  }
  for (let i = 0; i < 40; i++) {
    const y = rn(r, 240, 640);
    const x = rn(r, -100, W);
    line(c, x, y, x + rn(r, 80, 260), y + rn(r, -30, 30), `rgba(235,240,248,${rn(r, 0.08, 0.25).toFixed(2)})`, rn(r, 6, 18), 'round');
  }
  // latitude and longitude grid and the frame of the instrument
  c.strokeStyle = 'rgba(255,220,120,0.35)';
  c.lineWidth = 1.5;
  for (let k = 1; k < 5; k++) {
    c.beginPath();
    c.ellipse(W / 2, -400, 300 + k * 180, 250 + k * 150, 0, 0, Math.PI);
    c.stroke();
  }
  for (let k = -3; k <= 3; k++) line(c, W / 2, -400, W / 2 + k * 500, H, 'rgba(255,220,120,0.3)', 1.5);
  rect(c, 0, H - 34, W, 34, 'rgba(0,0,0,0.6)');
  c.fillStyle = '#e8ecf2';
  c.font = '18px "DejaVu Sans Mono", monospace';
  c.fillText('SEVER-METEO 3   CHANNEL 2   BARENTS SEA', 20, H - 11);
}

// ---------------------------------------------------------------------------
// Gallery: Moscow under snow
// ---------------------------------------------------------------------------

function snowploughsNight(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#0e1428'], [1, '#2a2f4a']], 0, 300);
  for (let i = 0; i < 7; i++) apartmentBlock(c, r, i * 180 - 20, 330, 170, rn(r, 160, 260), pick(r, ['#5a4a52', '#4a4a5a', '#6a5a4a']), 0.5);
  rect(c, 0, 330, W, H - 330, lin(c, 0, 330, 0, H, [[0, '#d8dde8'], [1, '#aab2c4']]));
  for (let x = 60; x < W; x += 260) {
    line(c, x, 330, x, 120, '#2a2e3a', 6);
    line(c, x, 120, x + 40, 120, '#2a2e3a', 5);
    glow(c, x + 40, 126, 160, '255,210,140', 0.45);
  }
  // cleared lanes behind the ploughs, in echelon
  poly(c, [[0, 520], [W, 440], [W, 560], [0, 675]], 'rgba(70,80,100,0.35)');
  snowplough(c, 80, 600, 0.9);
  snowplough(c, 420, 540, 0.75);
  snowplough(c, 720, 490, 0.6);
  for (let i = 0; i < 60; i++) circle(c, rn(r, 300, 1100), rn(r, 470, 600), rn(r, 4, 14), 'rgba(255,255,255,0.5)');
  snowfall(c, r, 500, 0.7);
}

function buriedCarsCourtyard(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#c9d3e0'], [1, '#eef2f6']], 0, 200);
  apartmentBlock(c, r, -20, 430, 560, 420, '#d8cfc0', 0.15);
  apartmentBlock(c, r, 640, 430, 600, 380, '#c9c0b0', 0.1);
  tree(c, r, 590, 440, 220, '#3a3230', '#4a4240');
  rect(c, 0, 430, W, H - 430, lin(c, 0, 430, 0, H, [[0, '#eef3f8'], [1, '#d6e0ea']]));
  car(c, 80, 560, 1.1, '#c8322f', 1);
  car(c, 300, 560, 1.1, '#2c64b4', 1.2);
  car(c, 520, 560, 1.1, '#3a3f4a', 0.3);
  car(c, 760, 560, 1.1, '#e6e6e6', 1.1);
  // the man digging out the dark car; the shovel and the snow he throws
  coatPerson(c, 720, 610, 120, '#2f6a4a');
  line(c, 700, 520, 640, 600, '#6a4a2a', 6, 'round');
  poly(c, [[630, 596], [656, 590], [650, 614], [624, 618]], '#c9ccd2');
  for (let i = 0; i < 30; i++) circle(c, rn(r, 600, 680), rn(r, 480, 560), rn(r, 3, 8), 'rgba(255,255,255,0.8)');
  snowfall(c, r, 160, 0.5);
}

function metroEntranceSnow(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#3a4a6a'], [1, '#8a9ab4']], 0, 360);
  for (let i = 0; i < 5; i++) apartmentBlock(c, r, 700 + i * 110, 360, 100, rn(r, 140, 240), '#6a6a78', 0.6);
  rect(c, 0, 360, W, H - 360, lin(c, 0, 360, 0, H, [[0, '#cfd6e2'], [1, '#9aa4b6']]));
  // the pavilion with its red M
  rect(c, 160, 170, 420, 260, '#b89a7a');
  rect(c, 150, 150, 440, 30, '#f2f6fa');
  rect(c, 250, 260, 240, 170, '#2a2e3a');
  glow(c, 370, 340, 200, '255,220,160', 0.35);
  rect(c, 340, 40, 60, 100, '#3a3a42');
  c.fillStyle = '#e8362f';
  c.font = 'bold 92px "DejaVu Sans", sans-serif';
  c.textAlign = 'center';
  c.fillText('M', 370, 124);
  c.textAlign = 'start';
  glow(c, 370, 95, 90, '255,80,60', 0.35);
  // people walking in, in winter coats
  for (let i = 0; i < 11; i++) {
    const x = 60 + i * 100 + rn(r, -20, 20);
    const foot = 600 + rn(r, -30, 40);
    coatPerson(c, x, foot, rn(r, 130, 170), pick(r, ['#2a2e3a', '#6a2a3a', '#2f4a6a', '#5a4a3a', '#c8553d']));
  }
  snowfall(c, r, 700, 0.85);
}

function rooftopClearing(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#8fa6c4'], [1, '#dbe4ee']], 0, H);
  for (let i = 0; i < 3; i++) cloud(c, r, rn(r, 100, 1100), rn(r, 60, 160), rn(r, 50, 80), '#eef2f6', '#c0cad8');
  // a steep roof seen from across the street; a facade with tall windows below
  rect(c, 0, 360, W, H - 360, '#d9b48a');
  windows(c, r, 20, 380, W - 40, 280, 12, 2, 0, ['#2a3a52'], '#2a3a52');
  poly(c, [[0, 360], [W, 360], [W, 180], [0, 140]], lin(c, 0, 140, 0, 360, [[0, '#f6f9fc'], [1, '#dfe7f0']]));
  poly(c, [[0, 350], [520, 350], [520, 160], [0, 140]], '#7a8a9a');
  for (let x = 0; x < W; x += 20) line(c, x, 360, x + 4, 360 + rn(r, 14, 40), '#e8f2fa', 4, 'round');
  // two workers on ropes, one shovelling, snow falling off the edge
  for (const [x, y, coat] of [[420, 300, '#e8792f'], [760, 270, '#2c64b4']] as const) {
    line(c, x, y - 110, x + 20, 120, '#3a3a3a', 2);
    c.save();
    c.translate(x, y);
    c.rotate(-0.25);
    coatPerson(c, 0, 0, 100, coat);
    c.restore();
    line(c, x + 20, y - 60, x + 80, y - 10, '#6a4a2a', 5, 'round');
  }
  for (let i = 0; i < 80; i++) circle(c, rn(r, 380, 900), rn(r, 360, 660), rn(r, 3, 9), 'rgba(255,255,255,0.85)');
  // the street cordoned off
  line(c, 0, 640, W, 640, '#e8362f', 6);
  for (let x = 0; x < W; x += 60) line(c, x, 640, x + 30, 640, '#ffffff', 6);
}

function parkSledding(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#6fa0d8'], [1, '#dbe9f6']], 0, 300);
  pineRow(c, r, 290, 60, 110, 30, '#2f4a3a');
  for (let i = 0; i < 6; i++) tree(c, r, rn(r, 0, W), 300, rn(r, 120, 200), '#4a3e38', '#5a4e48');
  fillUnder(c, [[-20, 300], [300, 280], [700, 380], [1000, 520], [1220, 600]], lin(c, 0, 280, 0, H, [[0, '#ffffff'], [1, '#dbe6f2']]));
  rect(c, 0, 560, W, H - 560, '#eef4fa');
  // tracks and sledges with children down the slope
  for (let i = 0; i < 5; i++) line(c, 220 + i * 40, 300, 900 + i * 60, 600, 'rgba(150,170,200,0.35)', 3);
  const kids: [number, number, string][] = [[360, 330, '#c8322f'], [560, 400, '#2c64b4'], [760, 470, '#e6b43a'], [960, 560, '#3f7a52']];
  for (const [x, y, coat] of kids) {
    c.save();
    c.translate(x, y);
    c.rotate(0.4);
    rrect(c, -50, -6, 100, 14, 6, '#8a4a2a');
    ellipse(c, 0, -30, 26, 24, coat);
    circle(c, 8, -60, 14, '#e8c4a0');
    ellipse(c, 8, -70, 16, 9, pick(r, ['#e6b43a', '#c8322f', '#ffffff']));
    c.restore();
  }
  for (let i = 0; i < 6; i++) coatPerson(c, 120 + i * 60, 560 + rn(r, -10, 10), rn(r, 90, 110), pick(r, ['#2a2e3a', '#6a2a3a', '#2f4a6a']));
}

function skatingRinkEvening(c: Ctx, r: Rnd): void {
  sky(c, [[0, '#1a2346'], [0.7, '#4a4a7a'], [1, '#8a6a8a']], 0, 330);
  for (let i = 0; i < 8; i++) tree(c, r, 40 + i * 160, 330, rn(r, 160, 220), '#1a1a24', '#24242e');
  // strings of warm lights between the trees
  for (let s = 0; s < 3; s++) {
    for (let i = 0; i <= 60; i++) {
      const x = (i / 60) * W;
      const y = 150 + s * 50 + Math.sin((i / 60) * Math.PI * 4) * 20;
      glow(c, x, y, 16, '255,210,120', 0.7);
      circle(c, x, y, 2.5, '#fff2c8');
    }
  }
  rect(c, 0, 330, W, H - 330, lin(c, 0, 330, 0, H, [[0, '#c9d4ea'], [1, '#8a9ac0']]));
  for (let i = 0; i < 14; i++) glow(c, rn(r, 0, W), rn(r, 360, H), rn(r, 40, 90), '255,210,140', 0.15);
  // the board around the rink
  rect(c, 0, 330, W, 24, '#e8eef6');
  // skaters circling, leaning into the turn
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2;
    const x = 600 + Math.cos(a) * 460;
    const foot = 500 + Math.sin(a) * 110;
    const h = 90 + (foot - 390) * 0.35;
    c.save();
    c.translate(x, foot);
    c.rotate(Math.cos(a) * 0.12);
    coatPerson(c, 0, 0, h, pick(r, ['#c8322f', '#2c64b4', '#e6b43a', '#3f7a52', '#6a2a3a', '#e8e2d4']));
    c.restore();
    ellipse(c, x, foot + 4, h * 0.2, 4, 'rgba(40,50,80,0.3)');
  }
  snowfall(c, r, 120, 0.5);
}

// ---------------------------------------------------------------------------
// Registry
// ---------------------------------------------------------------------------

/** Photo name (see src/server/seed/demoGalleries.ts) -> scene function. */
export const GALLERY_SCENES: readonly (readonly [string, Scene])[] = [
  ['convoy-in-line', convoyInLine],
  ['convoy-aurora', convoyAurora],
  ['tanker-bow-ice', tankerBowIce],
  ['ice-helicopter', iceHelicopter],
  ['polar-bear-floe', polarBearFloe],
  ['dudinka-grain-loading', dudinkaGrainLoading],
  ['pevek-arrival', pevekArrival],
  ['rocket-rollout', rocketRollout],
  ['rocket-pad-night', rocketPadNight],
  ['launch-control-room', launchControlRoom],
  ['launch-spectators', launchSpectators],
  ['launch-trail-twilight', launchTrailTwilight],
  ['first-arctic-image', firstArcticImage],
  ['snowploughs-night', snowploughsNight],
  ['buried-cars-courtyard', buriedCarsCourtyard],
  ['metro-entrance-snow', metroEntranceSnow],
  ['rooftop-clearing', rooftopClearing],
  ['park-sledding', parkSledding],
  ['skating-rink-evening', skatingRinkEvening],
];

const HELPERS = [iceFloes, merchantShip, snowfall, apartmentBlock, coatPerson, rocketBody, aurora, snowplough, car];

renderScenes(GALLERY_SCENES, [...PAGE_FUNCTIONS, ...HELPERS, ...GALLERY_SCENES.map(([, fn]) => fn)], process.argv.slice(2)).catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
