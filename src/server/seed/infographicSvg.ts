// SVG charts of the demo infographics, drawn from their figures (see demoInfographics.ts). Pure
// string building, so that a test can check the shipped files against the figures.

/** The key rate and inflation at a run of board meetings, with a forecast and the target. */
export interface RateChart {
  title: string;
  subtitle: string;
  meetings: { label: string; rate: number; inflation: number }[];
  forecast: { label: string; rateLow: number; rateHigh: number; inflationLow: number; inflationHigh: number };
  target: number;
  source: string;
}

/** Yearly totals as bars, this year broken down by kind, and a target. */
export interface BarChart {
  title: string;
  subtitle: string;
  bars: { label: string; value: number; highlight?: boolean }[];
  breakdownTitle: string;
  /** `short` labels the chart; `label` the text alternative. */
  breakdown: { label: string; short: string; value: number }[];
  target: { label: string; value: number };
  source: string;
}

const W = 1200;
const H = 760;
const INK = '#15181e';
const MUTED = '#545b68';
const GRID = '#dde1e7';
const BRAND = '#12305a';
const ACCENT = '#c4122f';
const FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\"";

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${num(x)}" y="${num(y)}" ${attrs}>${esc(content)}</text>`;
}

function frame(title: string, subtitle: string, source: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(W)} ${String(H)}" width="${String(W)}" height="${String(H)}" ${FONT}>`,
    `<title>${esc(title)}</title>`,
    `<rect width="${String(W)}" height="${String(H)}" fill="#ffffff"/>`,
    `<rect width="${String(W)}" height="8" fill="${BRAND}"/>`,
    text(48, 72, title, `font-size="38" font-weight="800" fill="${INK}"`),
    text(48, 112, subtitle, `font-size="22" fill="${MUTED}"`),
    ...body,
    `<line x1="48" y1="${String(H - 52)}" x2="${String(W - 48)}" y2="${String(H - 52)}" stroke="${GRID}" stroke-width="2"/>`,
    text(48, H - 22, source, `font-size="18" fill="${MUTED}"`),
    '</svg>',
    '',
  ].join('\n');
}

/** A step line of the key rate, a line of inflation, the forecast ranges and the target. */
export function rateChartSvg(chart: RateChart): string {
  const left = 110;
  const right = 900;
  const top = 170;
  const bottom = 620;
  const max = 18;
  const y = (v: number) => bottom - (v / max) * (bottom - top);
  const step = (right - left) / (chart.meetings.length - 1);
  const x = (i: number) => left + i * step;
  const body: string[] = [];
  for (let v = 0; v <= max; v += 2) {
    body.push(`<line x1="${num(left)}" y1="${num(y(v))}" x2="${num(right + 230)}" y2="${num(y(v))}" stroke="${GRID}" stroke-width="${v === 0 ? 3 : 1.5}"/>`);
    body.push(text(left - 16, y(v) + 7, `${String(v)}%`, `font-size="20" fill="${MUTED}" text-anchor="end"`));
  }
  chart.meetings.forEach((m, i) => body.push(text(x(i), bottom + 34, m.label, `font-size="20" fill="${MUTED}" text-anchor="middle"`)));
  body.push(text((left + right) / 2, bottom + 70, 'Board meetings before the latest one', `font-size="20" fill="${MUTED}" text-anchor="middle"`));
  const stepPath = chart.meetings.map((m, i) => `${i === 0 ? 'M' : `H${num(x(i))} V`}${i === 0 ? `${num(x(0))} ${num(y(m.rate))}` : num(y(m.rate))}`).join(' ');
  body.push(`<path d="${stepPath}" fill="none" stroke="${BRAND}" stroke-width="6" stroke-linejoin="round"/>`);
  const inflation = chart.meetings.map((m, i) => `${i === 0 ? 'M' : 'L'}${num(x(i))} ${num(y(m.inflation))}`).join(' ');
  body.push(`<path d="${inflation}" fill="none" stroke="${ACCENT}" stroke-width="5" stroke-linejoin="round" stroke-linecap="round"/>`);
  chart.meetings.forEach((m, i) => body.push(`<circle cx="${num(x(i))}" cy="${num(y(m.inflation))}" r="6" fill="${ACCENT}"/>`));
  const last = chart.meetings.at(-1);
  const peak = chart.meetings.reduce((a, b) => (b.inflation > a.inflation ? b : a));
  const peakIndex = chart.meetings.indexOf(peak);
  body.push(text(x(peakIndex), y(peak.inflation) + 36, `Peak ${num(peak.inflation)}%`, `font-size="20" font-weight="700" fill="${ACCENT}" text-anchor="middle"`));
  if (last !== undefined) {
    const lastX = x(chart.meetings.length - 1);
    body.push(`<circle cx="${num(lastX)}" cy="${num(y(last.rate))}" r="9" fill="${BRAND}"/>`);
    body.push(text(lastX - 14, y(last.rate) + 40, `Key rate ${num(last.rate)}%`, `font-size="24" font-weight="800" fill="${BRAND}" text-anchor="end"`));
    body.push(text(lastX - 14, y(last.inflation) + 34, `Inflation ${num(last.inflation)}%`, `font-size="24" font-weight="800" fill="${ACCENT}" text-anchor="end"`));
  }
  const f = chart.forecast;
  const fx = right + 60;
  body.push(`<rect x="${num(fx)}" y="${num(y(f.rateHigh))}" width="60" height="${num(y(f.rateLow) - y(f.rateHigh))}" fill="${BRAND}" fill-opacity="0.25" stroke="${BRAND}" stroke-dasharray="6 4" stroke-width="2"/>`);
  body.push(`<rect x="${num(fx + 80)}" y="${num(y(f.inflationHigh))}" width="60" height="${num(y(f.inflationLow) - y(f.inflationHigh))}" fill="${ACCENT}" fill-opacity="0.25" stroke="${ACCENT}" stroke-dasharray="6 4" stroke-width="2"/>`);
  body.push(text(fx + 70, bottom + 34, f.label, `font-size="20" fill="${MUTED}" text-anchor="middle"`));
  body.push(text(fx + 70, bottom + 58, '(forecast)', `font-size="20" fill="${MUTED}" text-anchor="middle"`));
  body.push(text(fx + 30, y(f.rateHigh) - 12, `${num(f.rateLow)}–${num(f.rateHigh)}%`, `font-size="19" font-weight="700" fill="${BRAND}" text-anchor="middle"`));
  body.push(text(fx + 110, y(f.inflationHigh) - 12, `${num(f.inflationLow)}–${num(f.inflationHigh)}%`, `font-size="19" font-weight="700" fill="${ACCENT}" text-anchor="middle"`));
  body.push(`<line x1="${num(left)}" y1="${num(y(chart.target))}" x2="${num(right + 230)}" y2="${num(y(chart.target))}" stroke="${INK}" stroke-width="2" stroke-dasharray="10 8"/>`);
  body.push(text(left + 12, y(chart.target) - 10, `Inflation target ${num(chart.target)}%`, `font-size="20" fill="${INK}"`));
  body.push(`<rect x="${String(left)}" y="140" width="28" height="6" fill="${BRAND}"/>`, text(left + 38, 150, 'Key rate', `font-size="20" fill="${INK}"`));
  body.push(`<rect x="${String(left + 160)}" y="140" width="28" height="6" fill="${ACCENT}"/>`, text(left + 198, 150, 'Annual inflation', `font-size="20" fill="${INK}"`));
  return frame(chart.title, chart.subtitle, chart.source, body);
}

/** Bars per year with values, a breakdown of the highlighted year as a stacked bar, and the target. */
export function barChartSvg(chart: BarChart): string {
  const left = 100;
  const right = 700;
  const top = 190;
  const bottom = 600;
  const max = Math.ceil(Math.max(...chart.bars.map((b) => b.value)) / 10) * 10 + 5;
  const y = (v: number) => bottom - (v / max) * (bottom - top);
  const slot = (right - left) / chart.bars.length;
  const body: string[] = [];
  for (let v = 0; v <= max; v += 10) {
    body.push(`<line x1="${num(left)}" y1="${num(y(v))}" x2="${num(right)}" y2="${num(y(v))}" stroke="${GRID}" stroke-width="${v === 0 ? 3 : 1.5}"/>`);
    body.push(text(left - 14, y(v) + 7, String(v), `font-size="20" fill="${MUTED}" text-anchor="end"`));
  }
  chart.bars.forEach((b, i) => {
    const bx = left + i * slot + slot * 0.15;
    const colour = b.highlight === true ? ACCENT : BRAND;
    body.push(`<rect x="${num(bx)}" y="${num(y(b.value))}" width="${num(slot * 0.7)}" height="${num(bottom - y(b.value))}" fill="${colour}" rx="3"/>`);
    body.push(text(bx + slot * 0.35, y(b.value) - 10, num(b.value), `font-size="20" font-weight="700" fill="${colour}" text-anchor="middle"`));
    const [first = '', ...rest] = b.label.split(' ');
    body.push(text(bx + slot * 0.35, bottom + 30, rest.length > 1 ? `${first} ${rest[0] ?? ''}` : b.label, `font-size="17" fill="${MUTED}" text-anchor="middle"`));
    if (rest.length > 1) body.push(text(bx + slot * 0.35, bottom + 52, rest.slice(1).join(' '), `font-size="17" fill="${MUTED}" text-anchor="middle"`));
  });
  body.push(text(left - 52, bottom + 88, `${chart.target.label}.`, `font-size="20" font-weight="700" fill="${INK}"`));
  const sx = 790;
  const total = chart.breakdown.reduce((sum, b) => sum + b.value, 0);
  const sy = (v: number) => bottom - (v / total) * (bottom - top);
  body.push(text(sx - 20, 160, chart.breakdownTitle, `font-size="22" font-weight="700" fill="${INK}"`));
  const shades = [ACCENT, '#7a8597', BRAND, '#3f7a52', '#c99a3a'];
  let at = 0;
  const labels: { y: number; text: string }[] = [];
  chart.breakdown.forEach((b, i) => {
    const top = sy(at + b.value);
    const height = sy(at) - top;
    body.push(`<rect x="${String(sx)}" y="${num(top)}" width="90" height="${num(Math.max(height, 1.5))}" fill="${shades[i % shades.length] ?? BRAND}" stroke="#ffffff" stroke-width="1"/>`);
    const share = Math.round((b.value / total) * 100);
    const value = b.value < 1 ? `${String(Math.round(b.value * 1000))} thousand t` : `${num(b.value)} Mt${share >= 5 ? ` (${String(share)}%)` : ''}`;
    labels.push({ y: top + height / 2 + 7, text: `${b.short}: ${value}` });
    at += b.value;
  });
  // Labels of thin segments would overlap: from the top down, each at least a line below the last.
  let floor = 0;
  for (const label of labels.reverse()) {
    const labelY = Math.max(label.y, floor + 26, top + 10);
    body.push(`<line x1="${String(sx + 92)}" y1="${num(Math.min(label.y, bottom) - 6)}" x2="${String(sx + 102)}" y2="${num(labelY - 6)}" stroke="${MUTED}" stroke-width="1.5"/>`);
    body.push(text(sx + 106, labelY, label.text, `font-size="18" fill="${INK}"`));
    floor = labelY;
  }
  return frame(chart.title, chart.subtitle, chart.source, body);
}
