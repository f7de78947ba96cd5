import { describe, expect, it } from 'vitest';
import { RatesDocumentError } from './RatesDocumentError';
import { cbrCorpusText, cbrDocument, corpusBytes, corpusXmlFiles, encodeWindows1251, HAND_WRITTEN_CBR, utf8 } from '../../../test/fxCorpus';
import { parseCbrDaily } from './parseCbrDaily';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const parse = (bytes: Uint8Array, now = NOW) => parseCbrDaily(bytes, now);
/** The corpus list with `edit` applied to its text, re-encoded to windows-1251 as the live feed is. */
const variant = (edit: (xml: string) => string) => encodeWindows1251(edit(cbrCorpusText()));

/** The message of the RatesDocumentError `fn` throws (any other outcome fails the test). */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof RatesDocumentError) return error.message;
    throw error;
  }
  throw new Error('the document was accepted');
}

describe('parseCbrDaily on the corpus', () => {
  it('reads the real windows-1251 list of 26 March 2019: comma decimals, Nominal 1/10/100, English names', () => {
    const day = parse(corpusBytes('cbr-xml-daily-2019-03-26.cp1251.xml'));
    expect(day.date).toBe('2019-03-26');
    expect(day.rates).toEqual([
      { code: 'AUD', name: 'Australian Dollar', nominal: 1, value: '45.7365' },
      { code: 'GBP', name: 'British Pound', nominal: 1, value: '85.0552' },
      { code: 'HKD', name: 'Hong Kong Dollar', nominal: 10, value: '82.1815' },
      { code: 'DKK', name: 'Danish Krone', nominal: 10, value: '97.6581' },
      { code: 'USD', name: 'US Dollar', nominal: 1, value: '64.4993' },
      { code: 'EUR', name: 'Euro', nominal: 1, value: '72.9229' },
      { code: 'JPY', name: 'Japanese Yen', nominal: 100, value: '58.5958' },
    ]);
  });

  it('reads the newer complete lists with VunitRate: 43 currencies of 18 October 2024, 55 of 13 December 2025 (English)', () => {
    const october = parse(corpusBytes('cbr-xml-daily-2024-10-18.cp1251.xml'));
    expect(october.date).toBe('2024-10-18');
    expect(october.rates).toHaveLength(43);
    expect(october.rates.find((r) => r.code === 'USD')).toMatchObject({ code: 'USD', name: 'US Dollar', nominal: 1 });
    expect(october.rates.find((r) => r.code === 'USD')?.value).toMatch(/^9\d\.\d+$/);
    const december = parse(corpusBytes('cbr-xml-daily-eng-2025-12-13.xml'));
    expect(december.date).toBe('2025-12-13');
    expect(december.rates).toHaveLength(55);
    // DZD: Nominal 100, Value 61.5323, VunitRate 0.615323 → 100 × 0.615323 exactly.
    expect(december.rates.find((r) => r.code === 'DZD')).toEqual({ code: 'DZD', name: 'Algerian Dinar', nominal: 100, value: '61.5323' });
  });

  it('refuses the as-found copy that declares windows-1251 over UTF-8 bytes', () => {
    expect(() => parse(corpusBytes('cbr-xml-daily-2019-03-26.as-found.xml'))).toThrow(
      'declares the encoding "windows-1251" but its bytes are UTF-8',
    );
  });

  it('refuses every other corpus file: an HTML page, and ECB documents', () => {
    const others = corpusXmlFiles().filter((f) => !f.startsWith('cbr-'));
    expect(others).toHaveLength(5);
    for (const file of others) {
      const expected = file.includes('html') ? 'is an HTML page' : 'root element is <Envelope>, not <ValCurs>';
      expect(() => parse(corpusBytes(file)), file).toThrow(expected);
    }
  });
});

describe('parseCbrDaily on the current feed shape (VunitRate)', () => {
  it('stores VunitRate × Nominal exactly, keeping the Nominal: more digits than Value when VunitRate has them', () => {
    const day = parse(cbrDocument('23.01.2017', HAND_WRITTEN_CBR));
    const byCode = Object.fromEntries(day.rates.map((r) => [r.code, r]));
    expect(day.date).toBe('2017-01-23');
    expect(byCode.USD).toEqual({ code: 'USD', name: 'US Dollar', nominal: 1, value: '59.6663' });
    expect(byCode.JPY).toEqual({ code: 'JPY', name: 'Japanese Yen', nominal: 100, value: '52.4012' });
    expect(byCode.IDR).toEqual({ code: 'IDR', name: 'Indonesian Rupiah', nominal: 10000, value: '44.7528' });
    expect(byCode.VND).toEqual({ code: 'VND', name: 'Vietnamese Dong', nominal: 10000, value: '26.24513' });
    expect(byCode.KWD?.value).toBe('195.4823');
  });

  it('refuses a VunitRate that disagrees with Value / Nominal', () => {
    const bad = HAND_WRITTEN_CBR.map((v) => (v.code === 'JPY' ? { ...v, unit: '0,542012' } : v));
    expect(() => parse(cbrDocument('23.01.2017', bad))).toThrow('JPY (currency 5): VunitRate × Nominal (54.2012) disagrees with Value (52.4012)');
  });

  it('keeps values digit for digit, beyond what a binary float holds', () => {
    const long = HAND_WRITTEN_CBR.map((v) => (v.code === 'USD' ? { ...v, value: '123456789012345,123456789012345', unit: undefined } : v));
    const usd = parse(cbrDocument('23.01.2017', long)).rates.find((r) => r.code === 'USD');
    expect(usd?.value).toBe('123456789012345.123456789012345');
  });
});

describe('parseCbrDaily refuses hostile and broken documents', () => {
  const cases: [string, () => Uint8Array, string][] = [
    ['empty bytes', () => new Uint8Array(0), 'The document is empty.'],
    ['plain text', () => utf8('Service temporarily unavailable'), 'not well-formed XML'],
    ['half a document', () => corpusBytes('cbr-xml-daily-2019-03-26.cp1251.xml').subarray(0, 600), 'not well-formed XML'],
    ['an HTML error page with a doctype', () => utf8('<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>'), 'is an HTML page'],
    ['UTF-8 declared over windows-1251 bytes', () => variant((x) => x.replace('encoding="windows-1251"', 'encoding="UTF-8"')), 'declares the encoding "UTF-8" but its bytes are not valid utf-8'],
    ['windows-1251 declared over UTF-8 bytes', () => utf8(cbrCorpusText()), 'but its bytes are UTF-8'],
    ['an unknown encoding', () => variant((x) => x.replace('windows-1251', 'x-klingon')), 'declares the encoding "x-klingon", which is not a known character encoding'],
    ['a UTF-8 BOM over a windows-1251 declaration', () => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(cbrCorpusText())]), 'UTF-8 byte-order mark but declares the encoding "windows-1251"'],
    ['UTF-16 declared without a BOM', () => variant((x) => x.replace('windows-1251', 'UTF-16')), 'has no byte-order mark'],
    [
      'a DTD defining entities (billion laughs)',
      () => variant((x) => x.replace('<ValCurs', '<!DOCTYPE ValCurs [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><ValCurs').replace('Доллар США', '&b;')),
      'has a DTD',
    ],
    ['an external entity', () => variant((x) => x.replace('<ValCurs', '<!DOCTYPE ValCurs SYSTEM "file:///etc/passwd"><ValCurs')), 'has a DTD'],
    ['an empty list', () => encodeWindows1251('<?xml version="1.0" encoding="windows-1251"?><ValCurs Date="26.03.2019" name="Foreign Currency Market"></ValCurs>'), 'The list of 2019-03-26 has no currencies.'],
    ['no USD', () => variant((x) => x.replace('<CharCode>USD</CharCode>', '<CharCode>CAD</CharCode>')), 'has no USD rate'],
    ['no EUR', () => variant((x) => x.replace('<CharCode>EUR</CharCode>', '<CharCode>CHF</CharCode>')), 'has no EUR rate'],
    ['USD twice', () => variant((x) => x.replace('<CharCode>AUD</CharCode>', '<CharCode>USD</CharCode>')), 'has USD twice'],
    ['RUB priced in itself', () => variant((x) => x.replace('<CharCode>AUD</CharCode>', '<CharCode>RUB</CharCode>')), 'prices RUB in itself'],
    ['a date in the future', () => variant((x) => x.replace('26.03.2019', '30.11.2026')), 'dated 2026-11-30, in the future'],
    ['an impossible date', () => variant((x) => x.replace('26.03.2019', '31.02.2019')), 'not a date like 26.03.2019'],
    ['an ISO date', () => variant((x) => x.replace('26.03.2019', '2019-03-26')), 'not a date like 26.03.2019'],
    ['no date', () => variant((x) => x.replace(' Date="26.03.2019"', '')), 'ValCurs has no Date'],
    ['an exponent', () => variant((x) => x.replace('64,4993', '6,44993e1')), 'USD (currency 5): Value is "6,44993e1"'],
    ['a negative value', () => variant((x) => x.replace('64,4993', '-64,4993')), 'not a decimal number'],
    ['a grouped value', () => variant((x) => x.replace('64,4993', '1 064,4993')), 'not a decimal number'],
    ['a zero value', () => variant((x) => x.replace('64,4993', '0,0000')), 'USD (currency 5): Value is zero'],
    ['NaN', () => variant((x) => x.replace('64,4993', 'NaN')), 'not a decimal number'],
    ['a zero Nominal', () => variant((x) => x.replace('<Nominal>100</Nominal>', '<Nominal>0</Nominal>')), 'JPY (currency 7): Nominal is "0"'],
    ['a fractional Nominal', () => variant((x) => x.replace('<Nominal>100</Nominal>', '<Nominal>1,5</Nominal>')), 'Nominal is "1,5"'],
    ['a lowercase code', () => variant((x) => x.replace('<CharCode>AUD</CharCode>', '<CharCode>aud</CharCode>')), 'CharCode is "aud"'],
    ['a missing Value', () => variant((x) => x.replace('<Value>45,7365</Value>', '')), 'AUD (currency 1) has no Value'],
    ['markup inside a Value', () => variant((x) => x.replace('<Value>45,7365</Value>', '<Value><b>45,7365</b></Value>')), 'has a Value that is not plain text'],
    ['a second root', () => variant((x) => `${x}<ValCurs Date="27.03.2019"></ValCurs>`), 'Multiple possible root nodes'],
    ['the wrong root', () => variant((x) => x.replaceAll('ValCurs', 'Rates')), 'root element is <Rates>, not <ValCurs>'],
  ];

  it.each(cases)('refuses %s with a clear message', (_what, bytes, message) => {
    expect(refusal(() => parse(bytes()))).toContain(message);
  });

  it('accepts the next day (the Bank of Russia publishes a day ahead) but not the day after', () => {
    const tomorrow = variant((x) => x.replace('26.03.2019', '29.11.2026'));
    expect(parse(tomorrow).date).toBe('2026-11-29');
    expect(() => parse(variant((x) => x.replace('26.03.2019', '30.11.2026')))).toThrow('in the future');
  });

  it('accepts the same list with a UTF-8 BOM and declaration, or as UTF-16 with a BOM', () => {
    const asUtf8 = cbrCorpusText().replace('windows-1251', 'UTF-8');
    expect(parse(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(asUtf8)])).rates).toHaveLength(7);
    const utf16 = cbrCorpusText().replace('windows-1251', 'UTF-16');
    const bytes = new Uint8Array(2 + utf16.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < utf16.length; i++) {
      bytes[2 + i * 2] = utf16.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = utf16.charCodeAt(i) >> 8;
    }
    expect(parse(bytes).rates.find((r) => r.code === 'JPY')).toEqual({ code: 'JPY', name: 'Japanese Yen', nominal: 100, value: '58.5958' });
  });
});
