import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeZoneContext } from '../lib/TimeZoneContext';
import { Time } from './Time';

const PUBLISHED = '2024-11-28T10:01:00Z'; // 13:01 in Moscow, 05:01 in New York

/** What a screen reader reads: the text outside aria-hidden subtrees. */
function heard(element: Element): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? "";
    else if (node instanceof Element && node.getAttribute('aria-hidden') !== 'true') text += heard(node);
  }
  return text;
}

/** What the eye sees: the aria-hidden visible text. */
function seen(element: Element): string {
  return element.querySelector('[aria-hidden="true"]')?.textContent ?? '';
}

function renderTime(value: string, zone: string, format?: 'clock' | 'full') {
  const counts = { parent: 0, timeCommits: 0 };
  function Parent() {
    counts.parent += 1;
    return (
      <Profiler id="time" onRender={() => (counts.timeCommits += 1)}>
        <Time value={value} format={format} />
      </Profiler>
    );
  }
  const result = render(
    <TimeZoneContext value={zone}>
      <Parent />
    </TimeZoneContext>,
  );
  return { ...result, counts, time: () => result.container.querySelector('time')! };
}

describe('Time', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a recent time with its offset and age, and reads it as one phrase', () => {
    vi.setSystemTime('2024-11-28T10:06:20Z');
    const { time } = renderTime(PUBLISHED, 'Europe/Moscow', 'clock');
    expect(time()).toHaveAttribute('datetime', PUBLISHED);
    expect(seen(time())).toBe('13:01 UTC+3 · 5 min ago');
    expect(heard(time())).toBe('5 minutes ago, November 28, 13:01 UTC+3');
    expect(screen.getByRole('time')).toBe(time());
  });

  it('shows the reader’s zone with a real minus sign', () => {
    vi.setSystemTime('2024-11-28T12:31:00Z');
    const { time } = renderTime(PUBLISHED, 'America/New_York');
    expect(seen(time())).toBe('November 28, 05:01 UTC\u22125 · 2 hours ago');
    expect(heard(time())).toBe('2 hours ago, November 28, 05:01 UTC\u22125');
  });

  it('keeps the age current by re-rendering only itself, and only when its text changes', () => {
    vi.setSystemTime('2024-11-28T10:06:20Z');
    const { time, counts } = renderTime(PUBLISHED, 'Europe/Moscow', 'clock');
    const commits = counts.timeCommits;
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(seen(time())).toBe('13:01 UTC+3 · 6 min ago');
    expect(heard(time())).toBe('6 minutes ago, November 28, 13:01 UTC+3');
    act(() => {
      vi.advanceTimersByTime(54 * 60_000);
    }); // 11:01:20: an hour
    expect(seen(time())).toBe('13:01 UTC+3 · 1 hour ago');
    const atOneHour = counts.timeCommits;
    act(() => {
      vi.advanceTimersByTime(30 * 60_000);
    }); // "1 hour ago" still
    expect(counts.timeCommits).toBe(atOneHour);
    expect(counts.timeCommits).toBeGreaterThan(commits);
    expect(counts.parent).toBe(1);
  });

  it('drops the age at six hours', () => {
    vi.setSystemTime('2024-11-28T16:00:10Z'); // 5 h 59 min
    const { time } = renderTime(PUBLISHED, 'Europe/Moscow');
    expect(seen(time())).toBe('November 28, 13:01 UTC+3 · 5 hours ago');
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(seen(time())).toBe('November 28, 13:01 UTC+3');
    expect(heard(time())).toBe('November 28, 13:01 UTC+3');
  });

  it('adds the year to a date of another year, and follows the zone’s New Year', () => {
    vi.setSystemTime('2024-12-31T20:59:00Z'); // 23:59 on 31 December in Moscow
    const { time } = renderTime('2024-01-05T09:00:00Z', 'Europe/Moscow');
    expect(seen(time())).toBe('January 5, 12:00 UTC+3');
    act(() => {
      vi.advanceTimersByTime(60_000);
    }); // midnight in Moscow: it is 2025 there
    expect(seen(time())).toBe('January 5, 2024, 12:00 UTC+3');
  });

  it('renders nothing for a value that is not a time', () => {
    vi.setSystemTime('2024-11-28T10:06:20Z');
    const { container } = renderTime('yesterday-ish', 'Europe/Moscow');
    expect(container).toBeEmptyDOMElement();
  });
});
