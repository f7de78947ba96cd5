import type { InfographicText } from '../../contract/discoverySchemas';
import { barChartSvg, rateChartSvg, type BarChart, type RateChart } from './infographicSvg';

// The demo infographics chart figures of the demo corpus (src/server/seed/demoCorpus.ts): the chart
// (an SVG drawn by scripts/makeInfographics.ts) and the text alternative come from the same numbers.

/** A demo infographic: its figures, from which both the SVG and the text alternative are made. */
export interface DemoInfographic {
  key: string;
  /** The file is /images/infographics/{name}.svg. */
  name: string;
  title: string;
  lead: string;
  alt: string;
  minutesAgo: number;
  related: string[];
  width: number;
  height: number;
  text: InfographicText;
  svg: () => string;
}

const rate: RateChart = {
  title: 'Key rate and inflation',
  subtitle: 'At each of the last nine board meetings of the central bank, percent',
  meetings: [
    { label: '−8', rate: 14, inflation: 7.2 },
    { label: '−7', rate: 15, inflation: 7.9 },
    { label: '−6', rate: 16, inflation: 8.6 },
    { label: '−5', rate: 16, inflation: 9.1 },
    { label: '−4', rate: 16, inflation: 8.9 },
    { label: '−3', rate: 16, inflation: 8.4 },
    { label: '−2', rate: 16, inflation: 8 },
    { label: '−1', rate: 16, inflation: 7.7 },
    { label: 'Latest', rate: 15.5, inflation: 7.4 },
  ],
  forecast: { label: 'Next year', rateLow: 13, rateHigh: 14.5, inflationLow: 5, inflationHigh: 5.5 },
  target: 4,
  source: 'Source: central bank statements. Newswire infographic',
};

const cargo: BarChart = {
  title: 'Cargo on the Northern Sea Route',
  subtitle: 'Million tonnes a year; this year to date',
  bars: [
    { label: '6 years ago', value: 20.2 },
    { label: '5 years ago', value: 26.3 },
    { label: '4 years ago', value: 29.9 },
    { label: '3 years ago', value: 32.4 },
    { label: '2 years ago', value: 34 },
    { label: 'Last year', value: 36.1 },
    { label: 'This year', value: 38.6, highlight: true },
  ],
  breakdownTitle: 'This year by cargo',
  breakdown: [
    { label: 'Liquefied natural gas and oil', short: 'LNG and oil', value: 27 },
    { label: 'Other cargo (metals, coal, building materials)', short: 'Other cargo', value: 7 },
    { label: 'Transit voyages between Europe and Asia', short: 'Transit', value: 3.4 },
    { label: 'Supplies to Arctic towns and settlements', short: 'Arctic supplies', value: 1.1 },
    { label: 'Siberian grain', short: 'Grain', value: 0.096 },
  ],
  target: { label: 'Government target by the end of the decade: 80 million tonnes', value: 80 },
  source: 'Source: Northern Route Directorate. Newswire infographic',
};

const percent = (n: number) => `${n.toFixed(1)}%`;
const tonnes = (n: number) => `${n.toFixed(1)} million tonnes`;

/** The demo infographics, newest first. */
export const demoInfographics: readonly DemoInfographic[] = [
  {
    key: 'key-rate-path',
    name: 'key-rate-path',
    title: 'The key rate path: first cut in eight months',
    lead: 'The central bank lowered its key rate to 15.5 percent as annual inflation slowed from its spring peak of 9.1 percent to 7.4 percent.',
    alt: 'Line chart of the central bank key rate and annual inflation over the last nine board meetings, with the forecast for next year. The full figures follow as a table.',
    minutesAgo: 40,
    related: ['central-bank-cuts-key-rate', 'stocks-rally-after-rate-cut'],
    width: 1200,
    height: 760,
    text: {
      summary:
        'The key rate rose from 14 to 16 percent in two steps, was held at 16 percent for five meetings and was cut to 15.5 percent at the latest meeting. Annual inflation peaked at 9.1 percent in the spring and slowed to 7.4 percent. For next year the regulator forecasts an average key rate of 13 to 14.5 percent and inflation of 5 to 5.5 percent by the end of the year; its target is 4 percent.',
      table: {
        caption: 'Key rate after each board meeting and annual inflation at the time, oldest first',
        columns: ['Board meeting', 'Key rate', 'Annual inflation'],
        rows: [
          ...rate.meetings.map((m) => [m.label === 'Latest' ? 'Latest meeting' : `${m.label.replace('−', '')} before the latest`, percent(m.rate), percent(m.inflation)]),
          ['Next year (forecast)', `${percent(rate.forecast.rateLow)} to ${percent(rate.forecast.rateHigh)} on average`, `${percent(rate.forecast.inflationLow)} to ${percent(rate.forecast.inflationHigh)} by the end of the year`],
        ],
      },
      notes: ['The board meets about every six weeks.', `The inflation target is ${percent(rate.target)}.`],
      source: 'Central bank statements and news conference; Newswire.',
    },
    svg: () => rateChartSvg(rate),
  },
  {
    key: 'arctic-cargo-record',
    name: 'arctic-cargo-record',
    title: 'Arctic cargo record: 38.6 million tonnes and counting',
    lead: 'Traffic on the Northern Sea Route beat last year\'s record with weeks of navigation to go. Seven in ten tonnes are liquefied gas and oil.',
    alt: 'Bar chart of cargo on the Northern Sea Route over the last seven years, rising to 38.6 million tonnes this year, and a breakdown of this year\'s cargo. The full figures follow as a table.',
    minutesAgo: 960,
    related: ['northern-sea-route-record-cargo', 'ostapov-northern-ports-governors'],
    width: 1200,
    height: 760,
    text: {
      summary:
        'Cargo on the Northern Sea Route has grown every year, from 20.2 million tonnes six years ago to 36.1 million tonnes last year and 38.6 million tonnes so far this year, a record. Liquefied natural gas and oil make up about 70 percent of this year\'s cargo; transit voyages between Europe and Asia 3.4 million tonnes; supplies to Arctic towns 1.1 million tonnes; Siberian grain 96,000 tonnes. The government\'s target is 80 million tonnes a year by the end of the decade.',
      table: {
        caption: 'Cargo on the Northern Sea Route by year, and this year by kind of cargo',
        columns: ['Year or kind of cargo', 'Cargo'],
        rows: [
          ...cargo.bars.map((b) => [b.highlight === true ? 'This year, to date' : b.label, tonnes(b.value)]),
          ...cargo.breakdown.map((b) => [`This year: ${b.label}`, b.value < 1 ? `${String(Math.round(b.value * 1000))} thousand tonnes` : tonnes(b.value)]),
        ],
      },
      notes: ['This year\'s figure counts cargo until the operator\'s latest statement; navigation continues for several weeks.', cargo.target.label + '.'],
      source: 'Northern Route Directorate; Newswire.',
    },
    svg: () => barChartSvg(cargo),
  },
];
