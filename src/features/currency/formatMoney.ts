import { isDecimalText } from './Decimal';
import { minorUnit } from './minorUnit';

// Intl.NumberFormat formats a decimal string exactly (no float in between) when given as much
// precision as the string has, so the only rounding is the one convertAmount already did.
const formats = new Map<number, Intl.NumberFormat>();
function formatWith(places: number): Intl.NumberFormat {
  let format = formats.get(places);
  if (format === undefined) {
    format = new Intl.NumberFormat('en', { minimumFractionDigits: places, maximumFractionDigits: places });
    formats.set(places, format);
  }
  return format;
}

function formatDecimal(value: string, places: number): string {
  return isDecimalText(value) ? formatWith(places).format(value) : value;
}

/** "59666.3" of RUB → "59,666.30 RUB": grouped, with exactly the currency's ISO minor-unit decimals. */
export function formatMoney(value: string, code: string): string {
  return `${formatDecimal(value, minorUnit(code))} ${code}`;
}

/** A rate as published or computed, every decimal kept: "16477.11" → "16,477.11". */
export function formatRate(value: string): string {
  return formatDecimal(value, value.split('.')[1]?.length ?? 0);
}

const dates = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2017-01-23" → "23 January 2017". */
export function formatRatesDate(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? date : dates.format(ms);
}
