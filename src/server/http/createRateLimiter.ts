/**
 * A fixed-window counter per client key: `allow(key, now)` is false once `max` calls were
 * made in the current window. Old windows are dropped as keys come back, bounded by `maxKeys`.
 */
export function createRateLimiter(max: number, windowMs: number, maxKeys = 10_000) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Seconds until the window of `key` resets. */
    retryAfter(key: string, now: number): number {
      const w = windows.get(key);
      return w === undefined ? 0 : Math.max(1, Math.ceil((w.start + windowMs - now) / 1000));
    },
    /** Counts one call; false when the key is over its limit. */
    allow(key: string, now: number): boolean {
      let w = windows.get(key);
      if (w === undefined || now - w.start >= windowMs) {
        if (windows.size >= maxKeys) {
          for (const [k, old] of windows) if (now - old.start >= windowMs) windows.delete(k);
          if (windows.size >= maxKeys) windows.clear();
        }
        w = { start: now, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      return w.count <= max;
    },
  };
}
