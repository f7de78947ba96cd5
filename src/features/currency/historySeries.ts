import type { RatesHistory } from '../../contract/ratesSchemas';
import { crossRate } from './convertAmount';
import { Decimal } from './Decimal';

/** What 1 unit of the pair's first currency cost in the second on one date. */
export interface HistoryPoint {
  date: string;
  value: string;
}

/** The pair's rate on each day of `history` that has both currencies, oldest first. */
export function historySeries(history: RatesHistory, from: string, to: string): HistoryPoint[] {
  const points: HistoryPoint[] = [];
  for (const day of history.days) {
    const a = day.rates.find((r) => r.code === from);
    const b = day.rates.find((r) => r.code === to);
    if (a !== undefined && b !== undefined) points.push({ date: day.date, value: crossRate(a, b).value });
  }
  return points;
}

/** A line chart's drawing: the SVG path, the last point, and the low and high points. */
export interface ChartShape {
  path: string;
  last: { x: string; y: string };
  low: HistoryPoint;
  high: HistoryPoint;
}

/**
 * Scales `points` into a `width` × `height` box with `pad` around it; coordinates are computed
 * with decimals and rounded to a tenth of a pixel, so no rate ever passes through a float.
 */
export function chartShape(points: readonly HistoryPoint[], width: number, height: number, pad: number): ChartShape | null {
  const first = points[0];
  if (first === undefined || points.length < 2) return null;
  const low = points.reduce((a, p) => (new Decimal(p.value).lt(new Decimal(a.value)) ? p : a), first);
  const high = points.reduce((a, p) => (new Decimal(p.value).gt(new Decimal(a.value)) ? p : a), first);
  const span = new Decimal(high.value).minus(new Decimal(low.value));
  const innerW = new Decimal(String(width - 2 * pad));
  const innerH = new Decimal(String(height - 2 * pad));
  const coords = points.map((p, i) => {
    const x = new Decimal(String(pad)).plus(innerW.times(new Decimal(String(i))).div(new Decimal(String(points.length - 1))));
    const share = span.eq(new Decimal('0')) ? new Decimal('0.5') : new Decimal(p.value).minus(new Decimal(low.value)).div(span);
    const y = new Decimal(String(pad)).plus(innerH.times(new Decimal('1').minus(share)));
    return { x: x.toFixed(1), y: y.toFixed(1) };
  });
  const path = coords.map((c, i) => `${i === 0 ? 'M' : 'L'}${c.x} ${c.y}`).join(' ');
  const last = coords[coords.length - 1] ?? { x: '0', y: '0' };
  return { path, last, low, high };
}
