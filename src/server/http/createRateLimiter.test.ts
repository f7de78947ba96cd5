import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './createRateLimiter';

describe('createRateLimiter (token bucket)', () => {
  it('allows a burst, then one call per refilled token, and says how long to wait', () => {
    const limiter = createRateLimiter({ burst: 3, perMinute: 6 }); // a token every 10 s
    const t = 1_000_000;
    expect([0, 1, 2].map(() => limiter.take('a', t))).toEqual([0, 0, 0]);
    expect(limiter.take('a', t)).toBe(10);
    expect(limiter.take('a', t + 4_000)).toBe(6);
    expect(limiter.take('a', t + 10_000)).toBe(0);
    expect(limiter.take('a', t + 10_000)).toBe(10);
    expect(limiter.take('b', t)).toBe(0); // each client has its own bucket
    expect(limiter.take('a', t + 10 * 60_000)).toBe(0); // refilled, never above the burst
    expect([0, 1, 2].map(() => limiter.take('a', t + 10 * 60_000))).toEqual([0, 0, 10]);
  });

  it('keeps at most maxKeys buckets, dropping the oldest', () => {
    const limiter = createRateLimiter({ burst: 1, perMinute: 1 }, 2);
    expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.take('a', 0)).toBe(60);
    limiter.take('b', 0);
    limiter.take('c', 0); // drops a
    expect(limiter.take('a', 0)).toBe(0);
  });
});
