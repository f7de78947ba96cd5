import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useMinuteValue, useToday } from './useMinuteValue';
import { calendarDay } from './zonedTime';

function Clock({ onRender }: { onRender: () => void }) {
  onRender();
  const minute = useMinuteValue((now) => new Date(now).toISOString().slice(11, 16));
  return <p>{minute}</p>;
}

function Today({ zone, onRender }: { zone: string; onRender: (day: string) => void }) {
  const today = useToday(zone);
  onRender(calendarDay(today, zone));
  return null;
}

describe('the shared minute ticker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime('2024-11-28T10:06:20Z');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ticks on the minute with one timer for all, and stops when nothing listens', () => {
    const renders = vi.fn();
    const { container, unmount } = render(
      <>
        <Clock onRender={renders} />
        <Clock onRender={renders} />
      </>,
    );
    expect(container).toHaveTextContent('10:0610:06');
    expect(vi.getTimerCount()).toBe(1);
    act(() => {
      vi.advanceTimersByTime(39_999);
    });
    expect(container).toHaveTextContent('10:0610:06');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(container).toHaveTextContent('10:0710:07');
    for (let i = 0; i < 3; i += 1) {
      act(() => {
        vi.advanceTimersByTime(60_000);
      });
    }
    expect(container).toHaveTextContent('10:1010:10');
    expect(renders).toHaveBeenCalledTimes(2 + 2 * 4); // once per minute each, nothing in between
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('catches up when a hidden tab becomes visible again', () => {
    const { container } = render(<Clock onRender={() => undefined} />);
    vi.setSystemTime('2024-11-28T12:00:05Z'); // timers were frozen meanwhile
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(container).toHaveTextContent('12:00');
  });

  it('renews "today" at midnight in the zone, and only then', () => {
    vi.setSystemTime('2024-03-10T04:58:00Z'); // 23:58 on 9 March in New York, the night clocks go forward
    const days: string[] = [];
    render(<Today zone="America/New_York" onRender={(day) => days.push(day)} />);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(days).toEqual(['2024-03-09']);
    act(() => {
      vi.advanceTimersByTime(60_000);
    }); // 00:00 EST
    expect(days).toEqual(['2024-03-09', '2024-03-10']);
    act(() => {
      vi.advanceTimersByTime(23 * 60 * 60_000 - 60_000);
    }); // 23:59 EDT, a 23-hour day later
    expect(days).toEqual(['2024-03-09', '2024-03-10']);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(days).toEqual(['2024-03-09', '2024-03-10', '2024-03-11']);
  });
});
