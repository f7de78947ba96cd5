import type { Rate } from '../../contract/ratesSchemas';
import { parseXmlDocument } from './parseXmlDocument';
import type { RatesDay } from './RatesDay';
import { RatesDocumentError } from './RatesDocumentError';
import { addDays, closeDecimals, currencyCode, currencyName, isoDate, multiplyDecimals, normaliseDecimal, todayIn } from './rateValues';
import { children, element, optionalText, text } from './xmlFields';
import { decodeXmlBytes } from './decodeXmlBytes';

/** Currencies every Bank of Russia daily list must carry; a list without them is not the real one. */
export const CBR_EXPECTED = ['USD', 'EUR'] as const;
const WHAT = 'Bank of Russia daily rates (XML_daily)';
const MAX_NOMINAL = 1_000_000;

// The Bank of Russia publishes the next working day's rates in the afternoon (Moscow time), so a
// document dated tomorrow is normal; anything later is refused as a date in the future.
function latestAllowedDate(now: number): string {
  return addDays(todayIn('Europe/Moscow', now), 1);
}

function parseDate(raw: string): string {
  const [day = '', month = '', year = '', extra] = raw.trim().split('.');
  const date = extra === undefined ? isoDate(year, month, day) : null;
  if (date === null) throw new RatesDocumentError(`The list's Date is "${raw.slice(0, 40)}", not a date like 26.03.2019.`);
  return date;
}

function parseNominal(raw: string, label: string): number {
  const trimmed = raw.trim();
  const n = /^[1-9]\d{0,6}$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!(n >= 1 && n <= MAX_NOMINAL)) throw new RatesDocumentError(`${label}: Nominal is "${trimmed.slice(0, 40)}", not a whole number from 1 to ${String(MAX_NOMINAL)}.`);
  return n;
}

// Value is the price of Nominal units, rounded to 4 decimals; VunitRate (where present) is the price
// of one unit with more digits. The stored value is VunitRate × Nominal, exactly, after checking that
// it agrees with Value to within Value's last digit.
function parseValute(raw: unknown, index: number): Rate {
  const record = element(raw, `Currency ${String(index + 1)}`);
  const code = currencyCode(text(record, 'CharCode', `Currency ${String(index + 1)}`), `Currency ${String(index + 1)}: CharCode`);
  const label = `${code} (currency ${String(index + 1)})`;
  const nominal = parseNominal(text(record, 'Nominal', label), label);
  const value = normaliseDecimal(text(record, 'Value', label), `${label}: Value`);
  const unitRaw = optionalText(record, 'VunitRate', label);
  let price = value;
  if (unitRaw !== undefined) {
    price = multiplyDecimals(normaliseDecimal(unitRaw, `${label}: VunitRate`), String(nominal));
    const lastDigit = `1e-${String(value.split('.')[1]?.length ?? 0)}`;
    if (!closeDecimals(price, value, lastDigit)) {
      throw new RatesDocumentError(`${label}: VunitRate × Nominal (${price}) disagrees with Value (${value}).`);
    }
  }
  return { code, name: currencyName(code, optionalText(record, 'Name', label)), nominal, value: price };
}

/**
 * Parses the Bank of Russia's XML_daily document (windows-1251, comma decimals, Nominal 1/10/100/10000,
 * VunitRate where present). Throws RatesDocumentError for anything that is not a complete, current list.
 */
export function parseCbrDaily(bytes: Uint8Array, now: number): RatesDay {
  const root = element(parseXmlDocument(decodeXmlBytes(bytes), 'ValCurs', WHAT), 'ValCurs');
  const date = parseDate(text(root, 'Date', 'ValCurs'));
  if (date > latestAllowedDate(now)) {
    throw new RatesDocumentError(`The list is dated ${date}, in the future (the Bank of Russia publishes at most one day ahead).`);
  }
  const rates = children(root, 'Valute').map(parseValute);
  if (rates.length === 0) throw new RatesDocumentError(`The list of ${date} has no currencies.`);
  const seen = new Set<string>();
  for (const rate of rates) {
    if (seen.has(rate.code)) throw new RatesDocumentError(`The list of ${date} has ${rate.code} twice.`);
    seen.add(rate.code);
  }
  if (seen.has('RUB')) throw new RatesDocumentError(`The list of ${date} prices RUB in itself.`);
  const missing = CBR_EXPECTED.filter((code) => !seen.has(code));
  if (missing.length > 0) throw new RatesDocumentError(`The list of ${date} has no ${missing.join(' or ')} rate; the Bank of Russia always publishes ${CBR_EXPECTED.join(' and ')}.`);
  return { source: 'cbr', date, rates };
}
