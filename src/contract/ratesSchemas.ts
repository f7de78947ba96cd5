import * as z from 'zod/mini';
import { PositiveInt } from './schemas';

// The shapes of exchange rates (GET /api/rates and its extras).

/** Where exchange rates come from: the Bank of Russia or the European Central Bank. */
export const RatesSource = z.enum(['cbr', 'ecb']);
export type RatesSource = z.infer<typeof RatesSource>;

/** A decimal number as text, e.g. "59.6663" (never a binary float). */
export const DecimalString = z.string().check(z.regex(/^\d+(\.\d+)?$/));

/** An ISO 4217 alphabetic code, e.g. "USD". */
export const CurrencyCode = z.string().check(z.regex(/^[A-Z]{3}$/));

/** One rate: `value` is the price of `nominal` units of `code` in the base currency. */
export const Rate = z.object({ code: CurrencyCode, name: z.string(), nominal: PositiveInt, value: DecimalString });
export type Rate = z.infer<typeof Rate>;

/** A currency a source has stopped publishing (the ECB's RUB after 1 March 2022). */
export const DiscontinuedRate = z.object({ code: CurrencyCode, name: z.string(), lastDate: z.iso.date() });
export type DiscontinuedRate = z.infer<typeof DiscontinuedRate>;

/**
 * Exchange rates of one source on one date: `value` is the price of `nominal` units of `code` in `base`.
 * The base itself is listed with nominal 1 and value "1". Extra: `discontinued` lists currencies the
 * source no longer publishes on the requested date, so clients say "no rate" instead of using an old one.
 */
export const Rates = z.object({
  source: RatesSource,
  base: z.enum(['RUB', 'EUR']),
  date: z.iso.date(),
  requestedDate: z.optional(z.iso.date()),
  rates: z.array(Rate),
  discontinued: z.optional(z.array(DiscontinuedRate)),
});
export type Rates = z.infer<typeof Rates>;

/** Extra: rates of a few currencies over the days stored up to `to`, oldest first (GET /api/rates/history). */
export const RatesHistory = z.object({
  source: RatesSource,
  base: z.enum(['RUB', 'EUR']),
  from: z.iso.date(),
  to: z.iso.date(),
  days: z.array(z.object({ date: z.iso.date(), rates: z.array(Rate) })),
});
export type RatesHistory = z.infer<typeof RatesHistory>;
