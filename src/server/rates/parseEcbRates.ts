import type { Rate } from '../../contract/ratesSchemas';
import { decodeXmlBytes } from './decodeXmlBytes';
import { parseXmlDocument } from './parseXmlDocument';
import type { RatesDay } from './RatesDay';
import { RatesDocumentError } from './RatesDocumentError';
import { currencyCode, currencyName, isoDate, normaliseDecimal, todayIn } from './rateValues';
import { children, element, text } from './xmlFields';

/** Currencies every ECB day must carry. */
export const ECB_EXPECTED = ['USD'] as const;
/** The last day the ECB published a euro reference rate for the rouble; it has published none since. */
export const ECB_RUB_LAST_DATE = '2022-03-01';
const WHAT = 'ECB euro reference rates (eurofxref)';

// The ECB quotes units of a currency per euro (1 EUR = 1.1790 USD); the API gives the price of
// `nominal` units in the base. The same number, exactly and without dividing: 1179 USD cost
// 1000 EUR, so nominal 1179 and value "1000". At most 15 significant digits keep nominal a safe integer.
function asPriceInEuro(rate: string, label: string): Pick<Rate, 'nominal' | 'value'> {
  const [whole = '', fraction = ''] = rate.split('.');
  const decimals = fraction.replace(/0+$/, '');
  const digits = `${whole}${decimals}`.replace(/^0+/, '');
  if (digits.length > 15) throw new RatesDocumentError(`${label} has more than 15 significant digits; the ECB publishes at most 6.`);
  return { nominal: Number(digits), value: `1${'0'.repeat(decimals.length)}` };
}

function parseRate(raw: unknown, date: string, index: number): Rate {
  const record = element(raw, `${date}: rate ${String(index + 1)}`);
  const code = currencyCode(text(record, 'currency', `${date}: rate ${String(index + 1)}`), `${date}: rate ${String(index + 1)}: currency`);
  // The ECB writes decimal points; a comma here means the document was rewritten somewhere.
  const rateText = text(record, 'rate', `${date}: ${code}`);
  if (rateText.includes(',')) throw new RatesDocumentError(`${date}: ${code}: the rate "${rateText.slice(0, 40)}" has a decimal comma; the ECB writes a point.`);
  const label = `${date}: ${code}: rate`;
  return { code, name: currencyName(code), ...asPriceInEuro(normaliseDecimal(rateText, label), label) };
}

function parseDay(raw: unknown, index: number, today: string): RatesDay {
  const record = element(raw, `Day ${String(index + 1)}`);
  const time = text(record, 'time', `Day ${String(index + 1)}`).trim();
  const [year = '', month = '', day = '', extra] = time.split('-');
  const date = extra === undefined ? isoDate(year, month, day) : null;
  if (date === null) throw new RatesDocumentError(`Day ${String(index + 1)} has the time "${time.slice(0, 40)}", not a date like 2018-06-11.`);
  if (date > today) throw new RatesDocumentError(`The rates of ${date} are dated in the future.`);
  const rates = children(record, 'Cube').map((r, i) => parseRate(r, date, i));
  if (rates.length === 0) throw new RatesDocumentError(`The rates of ${date} list no currencies.`);
  const seen = new Set<string>();
  for (const rate of rates) {
    if (seen.has(rate.code)) throw new RatesDocumentError(`The rates of ${date} have ${rate.code} twice.`);
    seen.add(rate.code);
  }
  if (seen.has('EUR')) throw new RatesDocumentError(`The rates of ${date} price EUR in itself.`);
  const missing = ECB_EXPECTED.filter((code) => !seen.has(code));
  if (missing.length > 0) throw new RatesDocumentError(`The rates of ${date} have no ${missing.join(' or ')} rate; the ECB always publishes it.`);
  return { source: 'ecb', date, rates };
}

/**
 * Parses an ECB eurofxref document: the daily one (one day) or the 90-day history (one day per
 * <Cube time>). Throws RatesDocumentError for anything that is not a complete, current list.
 */
export function parseEcbRates(bytes: Uint8Array, now: number): RatesDay[] {
  const root = element(parseXmlDocument(decodeXmlBytes(bytes), 'Envelope', WHAT), 'Envelope');
  if (root.Cube === undefined) throw new RatesDocumentError('The document has no <Cube> of rates.');
  const outer = children(root, 'Cube');
  if (outer.length > 1) throw new RatesDocumentError('The document has more than one outer <Cube>.');
  const container = outer[0] === undefined ? {} : element(outer[0], 'Cube');
  // The ECB's day ends in Frankfurt; its rates appear at about 16:00 CET.
  const today = todayIn('Europe/Berlin', now);
  const days = children(container, 'Cube').map((d, i) => parseDay(d, i, today));
  if (days.length === 0) throw new RatesDocumentError('The document lists no days of rates.');
  const dates = new Set(days.map((d) => d.date));
  if (dates.size !== days.length) throw new RatesDocumentError('The document lists the same day twice.');
  return days;
}
