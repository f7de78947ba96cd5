import Big from 'big.js';

/**
 * big.js, configured for money and kept apart from the global Big: strict (a binary float can
 * neither go in nor come out), and rounding half away from zero (ROUND_HALF_UP), the rule of the
 * EU's euro conversion regulation (1103/97, art. 5) and what readers check by hand.
 */
export const Decimal = Big();
Decimal.strict = true;
Decimal.RM = Decimal.roundHalfUp;
Decimal.DP = 20;

/** A decimal string of digits with an optional fraction, e.g. "59.6663"; what Intl.NumberFormat formats exactly. */
export function isDecimalText(text: string): text is `${number}` {
  return /^\d+(\.\d+)?$/.test(text);
}

/** `numerator / denominator` rounded once, half up, to `places` decimal places, as a plain decimal string. */
export function divideRounded(numerator: Big, denominator: Big, places: number): string {
  const previous = Decimal.DP;
  Decimal.DP = places;
  try {
    return numerator.div(denominator).toFixed(places);
  } finally {
    Decimal.DP = previous;
  }
}
