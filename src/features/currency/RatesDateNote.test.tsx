import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ratesAreStale } from './ratesAreStale';
import { RatesDateNote } from './RatesDateNote';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('ratesAreStale', () => {
  const now = Date.parse('2026-12-04T01:30:00Z');
  it('is false up to 7 calendar days before today (UTC), true from the 8th', () => {
    expect(ratesAreStale('2026-12-04', now)).toBe(false);
    expect(ratesAreStale('2026-11-27', now)).toBe(false);
    expect(ratesAreStale('2026-11-26', now)).toBe(true);
    expect(ratesAreStale('2024-10-18', now)).toBe(true);
    expect(ratesAreStale('not a date', now)).toBe(false);
  });
});

describe('RatesDateNote', () => {
  it('names the source and date of current rates', () => {
    render(<RatesDateNote rates={{ source: 'ecb', date: isoDay(Date.now() - DAY) }} />);
    expect(screen.getByText(/^European Central Bank rates for \d{1,2} \w+ \d{4}$/)).toBeInTheDocument();
  });

  it('says plainly that rates over a week old are the newest this device has', () => {
    render(<RatesDateNote rates={{ source: 'cbr', date: '2024-10-18' }} />);
    expect(screen.getByText('Rates of 18 October 2024 — the newest this device has. Source: Bank of Russia.')).toHaveClass('converter-date-stale');
  });
});
