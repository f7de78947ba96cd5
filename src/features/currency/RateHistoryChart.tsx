import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { rateHistoryQuery } from '../../api/ratesQueries';
import type { RatesSource } from '../../contract/ratesSchemas';
import { formatRate, formatRatesDate } from './formatMoney';
import { chartShape, historySeries } from './historySeries';

interface RateHistoryChartProps {
  source: RatesSource;
  from: string;
  to: string;
}

const WIDTH = 320;
const HEIGHT = 96;
const PAD = 6;
const DAYS = 30;

const shortDate = (date: string) => formatRatesDate(date).replace(/ \d{4}$/, '');

/** The pair's rate over the last 30 days stored, as a small line chart with the same facts in words; nothing when fewer than two days are stored. */
export function RateHistoryChart({ source, from, to }: RateHistoryChartProps) {
  const titleId = useId();
  const summaryId = useId();
  const history = useQuery({ ...rateHistoryQuery(source, [from, to], DAYS), enabled: from !== to });
  if (history.data === undefined || from === to) return null;
  const points = historySeries(history.data, from, to);
  const shape = chartShape(points, WIDTH, HEIGHT, PAD);
  const first = points[0];
  const last = points.at(-1);
  if (shape === null || first === undefined || last === undefined) return null;

  const title = `1 ${from} in ${to}, ${String(points.length)} days to ${formatRatesDate(last.date)}`;
  const summary =
    `From ${formatRate(first.value)} ${to} on ${shortDate(first.date)} to ${formatRate(last.value)} ${to} on ${shortDate(last.date)}; ` +
    `lowest ${formatRate(shape.low.value)} on ${shortDate(shape.low.date)}, highest ${formatRate(shape.high.value)} on ${shortDate(shape.high.date)}.`;
  return (
    <figure className="rate-chart">
      <figcaption id={titleId}>{title}</figcaption>
      <svg role="img" aria-labelledby={titleId} aria-describedby={summaryId} viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}>
        <path d={shape.path} className="rate-chart-line" />
        <circle cx={shape.last.x} cy={shape.last.y} r="3" className="rate-chart-dot" />
      </svg>
      <p id={summaryId} className="rate-chart-summary">
        {summary}
      </p>
    </figure>
  );
}
