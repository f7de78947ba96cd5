/** A token bucket's size: `burst` calls at once, then `perMinute` a minute, refilled continuously. */
export interface RateLimit {
  burst: number;
  perMinute: number;
}

/**
 * A token bucket per client key: `take(key, now)` spends one token and answers 0, or, with the
 * bucket empty, answers the whole seconds until a token is back (for Retry-After). Keys are kept in
 * insertion order and the oldest dropped past `maxKeys`: a dropped key only gets a full bucket back.
 */
export function createRateLimiter({ burst, perMinute }: RateLimit, maxKeys = 10_000) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = perMinute / 60_000;
  return {
    /** Spends one token of `key`: 0 when allowed, else the seconds to wait. */
    take(key: string, now: number): number {
      const bucket = buckets.get(key);
      const tokens = bucket === undefined ? burst : Math.min(burst, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
      if (tokens < 1) {
        if (bucket !== undefined) {
          bucket.tokens = tokens;
          bucket.at = now;
        }
        return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
      }
      if (bucket === undefined) {
        if (buckets.size >= maxKeys) {
          const oldest = buckets.keys().next();
          if (oldest.done !== true) buckets.delete(oldest.value);
        }
        buckets.set(key, { tokens: tokens - 1, at: now });
      } else {
        bucket.tokens = tokens - 1;
        bucket.at = now;
      }
      return 0;
    },
  };
}

/** A limiter made by createRateLimiter. */
export type RateLimiter = ReturnType<typeof createRateLimiter>;
