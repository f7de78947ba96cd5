// The shared fx-rates corpus (../shared/corpora/fx-rates, read at test time, never copied) and
// helpers to build hostile variants of its documents.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The corpus folder: FX_CORPUS, or ../shared/corpora/fx-rates next to the project. */
export const FX_CORPUS = resolve(process.env.FX_CORPUS ?? join(dirname(fileURLToPath(import.meta.url)), '../../shared/corpora/fx-rates'));

/** The bytes of a corpus file. */
export function corpusBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FX_CORPUS, name)));
}

/** Every XML file of the corpus. */
export function corpusXmlFiles(): string[] {
  return readdirSync(FX_CORPUS).filter((f) => f.endsWith('.xml')).sort();
}

const cp1251Table = new Map<string, number>();
const decoder1251 = new TextDecoder('windows-1251');
for (let b = 0; b < 256; b++) cp1251Table.set(decoder1251.decode(new Uint8Array([b])), b);

/** Text → windows-1251 bytes (throws on a character windows-1251 lacks). */
export function encodeWindows1251(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text, (ch) => {
    const b = cp1251Table.get(ch);
    if (b === undefined) throw new Error(`windows-1251 has no ${JSON.stringify(ch)}`);
    return b;
  }));
}

/** The real windows-1251 Bank of Russia list of 26 March 2019, as text. */
export function cbrCorpusText(): string {
  return decoder1251.decode(corpusBytes('cbr-xml-daily-2019-03-26.cp1251.xml'));
}

/** UTF-8 text → bytes. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

interface Valute {
  code: string;
  nominal: string;
  name: string;
  value: string;
  unit?: string;
}

/** A Bank of Russia XML_daily document (windows-1251 bytes) in the live feed's shape since 2023, with VunitRate. */
export function cbrDocument(date: string, valutes: readonly Valute[]): Uint8Array {
  const items = valutes
    .map(
      (v, i) =>
        `<Valute ID="R0${String(1000 + i)}"><NumCode>${String(100 + i)}</NumCode><CharCode>${v.code}</CharCode><Nominal>${v.nominal}</Nominal><Name>${v.name}</Name><Value>${v.value}</Value>${v.unit === undefined ? '' : `<VunitRate>${v.unit}</VunitRate>`}</Valute>`,
    )
    .join('');
  return encodeWindows1251(`<?xml version="1.0" encoding="windows-1251"?><ValCurs Date="${date}" name="Foreign Currency Market">${items}</ValCurs>`);
}

/**
 * A hand-written list in the current feed's shape (no corpus file has VunitRate, KWD or Nominal
 * 10000). USD and EUR are the Bank of Russia's figures quoted in the converter's brief for
 * 23 January 2017; the other values are illustrative, not historical rates.
 */
export const HAND_WRITTEN_CBR: readonly Valute[] = [
  { code: 'USD', nominal: '1', name: 'Доллар США', value: '59,6663', unit: '59,6663' },
  { code: 'EUR', nominal: '1', name: 'Евро', value: '63,8111', unit: '63,8111' },
  { code: 'KWD', nominal: '1', name: 'Кувейтский динар', value: '195,4823', unit: '195,4823' },
  { code: 'BHD', nominal: '1', name: 'Бахрейнский динар', value: '158,2577', unit: '158,2577' },
  { code: 'JPY', nominal: '100', name: 'Японских иен', value: '52,4012', unit: '0,524012' },
  { code: 'HUF', nominal: '100', name: 'Венгерских форинтов', value: '20,5961', unit: '0,205961' },
  { code: 'IDR', nominal: '10000', name: 'Индонезийских рупий', value: '44,7528', unit: '0,00447528' },
  { code: 'VND', nominal: '10000', name: 'Вьетнамских донгов', value: '26,2451', unit: '0,002624513' },
];

/** The Big List of Naughty Strings (../shared/corpora/blns/blns.json). */
export function naughtyStrings(): string[] {
  const list: unknown = JSON.parse(readFileSync(join(FX_CORPUS, '../blns/blns.json'), 'utf8'));
  if (!Array.isArray(list) || !list.every((s) => typeof s === 'string')) throw new Error('blns.json is not a list of strings');
  return list;
}

/** Rows of the ISO 4217 table (iso4217-codes-all.csv): code, minor unit ("-" for none), withdrawal date. */
export function iso4217Rows(): { code: string; minorUnit: string; withdrawn: string }[] {
  const rows: { code: string; minorUnit: string; withdrawn: string }[] = [];
  for (const line of readFileSync(join(FX_CORPUS, 'iso4217-codes-all.csv'), 'utf8').split('\n').slice(1)) {
    if (line.trim() === '') continue;
    // Quoted entity names may hold commas; the last four fields never do.
    const fields = line.split(',');
    const [code = '', , minorUnit = '', withdrawn = ''] = fields.slice(-4);
    rows.push({ code, minorUnit: minorUnit.trim(), withdrawn: withdrawn.trim() });
  }
  return rows;
}
