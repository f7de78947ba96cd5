import { describe, expect, it } from 'vitest';
import { RatesDocumentError } from './RatesDocumentError';
import { corpusBytes, corpusXmlFiles, utf8 } from '../../../test/fxCorpus';
import { parseEcbRates } from './parseEcbRates';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const parse = (bytes: Uint8Array) => parseEcbRates(bytes, NOW);
const dailyText = () => new TextDecoder().decode(corpusBytes('ecb-eurofxref-daily-2018-06-11.xml'));
const variant = (edit: (xml: string) => string) => utf8(edit(dailyText()));

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

describe('parseEcbRates on the corpus', () => {
  it('reads the daily list of 11 June 2018 as prices in euro, exactly: 1 EUR = 1.1790 USD is 1179 USD for 1000 EUR', () => {
    const [day, ...rest] = parse(corpusBytes('ecb-eurofxref-daily-2018-06-11.xml'));
    expect(rest).toHaveLength(0);
    expect(day?.date).toBe('2018-06-11');
    expect(day?.rates).toHaveLength(32);
    expect(day?.rates.slice(0, 2)).toEqual([
      { code: 'USD', name: 'US Dollar', nominal: 1179, value: '1000' },
      { code: 'JPY', name: 'Japanese Yen', nominal: 12962, value: '100' },
    ]);
    expect(day?.rates.find((r) => r.code === 'RUB')).toMatchObject({ nominal: 737903, value: '10000' });
    expect(day?.rates.find((r) => r.code === 'GBP')).toMatchObject({ nominal: 8818, value: '10000' });
    expect(day?.rates.find((r) => r.code === 'IDR')).toMatchObject({ nominal: 1647711, value: '100' });
  });

  it('reads the 90-day history: 61 working days, newest first, each with USD', () => {
    const days = parse(corpusBytes('ecb-eurofxref-hist-90d-sample.xml'));
    expect(days).toHaveLength(61);
    expect(days[0]?.date).toBe('2018-06-11');
    expect(days.at(-1)?.date).toBe('2018-03-14');
    expect(new Set(days.map((d) => d.date)).size).toBe(61);
    for (const day of days) expect(day.rates.some((r) => r.code === 'USD'), day.date).toBe(true);
    expect(days[0]?.rates.find((r) => r.code === 'USD')).toMatchObject({ nominal: 1179, value: '1000' });
  });

  it('reads the daily list of 6 July 2026: 29 currencies, no BGN (euro since 2026) and no RUB', () => {
    const [day] = parse(corpusBytes('ecb-eurofxref-daily-2026-07-06.xml'));
    expect(day?.date).toBe('2026-07-06');
    expect(day?.rates).toHaveLength(29);
    expect(day?.rates.some((r) => r.code === 'BGN' || r.code === 'RUB')).toBe(false);
    expect(day?.rates[0]).toEqual({ code: 'USD', name: 'US Dollar', nominal: 11415, value: '10000' });
  });

  it('reads the synthetic integer rates exactly', () => {
    const [day] = parse(corpusBytes('ecb-odd-synthetic-rates.xml'));
    expect(day?.date).toBe('2010-04-20');
    expect(day?.rates.slice(0, 3).map((r) => `${String(r.nominal)} ${r.code}=${r.value}`)).toEqual(['1 USD=1', '3 JPY=1', '5 BGN=1']);
  });

  it('refuses the HTML page and the Bank of Russia documents of the corpus', () => {
    const others = corpusXmlFiles().filter((f) => !f.startsWith('ecb-eurofxref') && !f.startsWith('ecb-odd'));
    expect(others).toHaveLength(5);
    expect(() => parse(corpusBytes('cbr-xml-daily-2024-10-18.cp1251.xml'))).toThrow('root element is <ValCurs>, not <Envelope>');
    expect(() => parse(corpusBytes('cbr-xml-daily-eng-2025-12-13.xml'))).toThrow('root element is <ValCurs>, not <Envelope>');
    expect(() => parse(corpusBytes('ecb-not-xml-html-page.xml'))).toThrow('The document is an HTML page, not the ECB euro reference rates');
    expect(() => parse(corpusBytes('cbr-xml-daily-2019-03-26.cp1251.xml'))).toThrow('root element is <ValCurs>, not <Envelope>');
    expect(() => parse(corpusBytes('cbr-xml-daily-2019-03-26.as-found.xml'))).toThrow('declares the encoding "windows-1251" but its bytes are UTF-8');
  });
});

describe('parseEcbRates refuses hostile and broken documents', () => {
  const cases: [string, () => Uint8Array, string][] = [
    ['a date in the future', () => variant((x) => x.replace("time='2018-06-11'", "time='2026-11-29'")), 'The rates of 2026-11-29 are dated in the future.'],
    ['an impossible date', () => variant((x) => x.replace("time='2018-06-11'", "time='2018-02-30'")), 'not a date like 2018-06-11'],
    ['a day with no rates', () => utf8(`<?xml version="1.0" encoding="UTF-8"?><gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref"><Cube><Cube time="2018-06-11"></Cube></Cube></gesmes:Envelope>`), 'The rates of 2018-06-11 list no currencies.'],
    ['no days', () => utf8(`<?xml version="1.0" encoding="UTF-8"?><gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01"><Cube></Cube></gesmes:Envelope>`), 'lists no days of rates'],
    ['no Cube', () => utf8(`<?xml version="1.0" encoding="UTF-8"?><gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01"><gesmes:subject>Reference rates</gesmes:subject></gesmes:Envelope>`), 'has no <Cube> of rates'],
    ['no USD', () => variant((x) => x.replace("currency='USD'", "currency='XAU'")), 'have no USD rate'],
    ['a decimal comma', () => variant((x) => x.replace("rate='129.62'", "rate='129,62'")), 'JPY: the rate "129,62" has a decimal comma'],
    ['an exponent', () => variant((x) => x.replace("rate='129.62'", "rate='1.2962E2'")), 'JPY: rate is "1.2962E2"'],
    ['Infinity', () => variant((x) => x.replace("rate='129.62'", "rate='Infinity'")), 'not a decimal number'],
    ['a missing rate', () => variant((x) => x.replace(" rate='129.62'", '')), '2018-06-11: JPY has no rate'],
    ['a currency twice', () => variant((x) => x.replace("currency='JPY'", "currency='USD'")), 'have USD twice'],
    ['the euro priced in itself', () => variant((x) => x.replace("currency='JPY'", "currency='EUR'")), 'price EUR in itself'],
    ['the same day twice', () => utf8(new TextDecoder().decode(corpusBytes('ecb-eurofxref-hist-90d-sample.xml')).replace('time="2018-06-08"', 'time="2018-06-11"')), 'lists the same day twice'],
    ['a DTD', () => variant((x) => x.replace('<gesmes:Envelope', '<!DOCTYPE gesmes:Envelope [<!ENTITY x SYSTEM "http://attacker.example/">]><gesmes:Envelope')), 'has a DTD'],
    ['Latin-1 bytes under a UTF-8 declaration', () => Uint8Array.from([...variant((x) => x.replace('Reference rates', 'Reference rates X'))].map((b) => (b === 0x58 ? 0xe9 : b))), 'declares the encoding "UTF-8" but its bytes are not valid utf-8'],
    ['JSON', () => utf8('{"rates":{"USD":1.179}}'), 'not well-formed XML'],
    ['16 significant digits', () => variant((x) => x.replace("rate='129.62'", "rate='129.6200000000001'")), 'JPY: rate has more than 15 significant digits'],
  ];

  it.each(cases)('refuses %s with a clear message', (_what, bytes, message) => {
    expect(refusal(() => parse(bytes()))).toContain(message);
  });
});
