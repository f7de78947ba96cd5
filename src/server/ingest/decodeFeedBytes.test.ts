import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from './decodeFeedBytes';

/** Encodes text in a single-byte encoding by inverting our decoder's table (Node encodes only UTF-8). */
function singleByte(encoding: string): (text: string) => Uint8Array {
  const table = new Map<string, number>();
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  const decoded = decodeFeedBytes(all, `text/plain; charset=${encoding}`).text;
  Array.from(decoded).forEach((ch, i) => {
    if (!table.has(ch)) table.set(ch, i);
  });
  return (text) => Uint8Array.from(Array.from(text), (ch) => {
    const byte = table.get(ch);
    if (byte === undefined) throw new Error(`${ch} is not in ${encoding}`);
    return byte;
  });
}

const ascii = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

function utf16(text: string, little: boolean): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out.push(...(little ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return Uint8Array.from(out);
}

function utf32(text: string, little: boolean): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const be = [(c >>> 24) & 0xff, (c >>> 16) & 0xff, (c >>> 8) & 0xff, c & 0xff];
    out.push(...(little ? be.reverse() : be));
  }
  return Uint8Array.from(out);
}

const RU = 'Новости: Президент заявил, что всё хорошо; ёж и Ёлка';
const doc = (encoding: string, title: string) => `<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel><title>${title}</title></channel></rss>`;

describe('decodeFeedBytes', () => {
  it('reads windows-1251, koi8-r and iso-8859-5 from the XML declaration', () => {
    for (const encoding of ['windows-1251', 'koi8-r', 'iso-8859-5']) {
      const result = decodeFeedBytes(singleByte(encoding)(doc(encoding, RU)));
      expect(result.encoding).toBe(encoding);
      expect(result.text).toContain(RU);
    }
  });

  it('lets the HTTP charset override the XML declaration', () => {
    const bytes = singleByte('windows-1251')(doc('iso-8859-1', RU));
    expect(decodeFeedBytes(bytes, 'application/rss+xml; charset="windows-1251"').text).toContain(RU);
    expect(decodeFeedBytes(bytes, 'text/xml;charset = windows-1251').encoding).toBe('windows-1251');
  });

  it('ignores a bogus charset and falls back to the declaration', () => {
    const bytes = singleByte('koi8-r')(doc('koi8-r', RU));
    expect(decodeFeedBytes(bytes, 'text/xml; charset=no-such-thing').text).toContain(RU);
  });

  it('lets a byte order mark win over everything, and strips it', () => {
    const body = doc('iso-8859-1', RU);
    const withBom = concat(Uint8Array.of(0xef, 0xbb, 0xbf), ascii(body));
    const result = decodeFeedBytes(withBom, 'text/xml; charset=koi8-r');
    expect(result.encoding).toBe('utf-8');
    expect(result.text.startsWith('<?xml')).toBe(true);
    expect(result.text).toContain(RU);
    for (const little of [true, false]) {
      const bom16 = little ? [0xff, 0xfe] : [0xfe, 0xff];
      expect(decodeFeedBytes(concat(Uint8Array.from(bom16), utf16(doc('utf-16', RU), little))).text).toBe(doc('utf-16', RU));
      const bom32 = little ? [0xff, 0xfe, 0, 0] : [0, 0, 0xfe, 0xff];
      expect(decodeFeedBytes(concat(Uint8Array.from(bom32), utf32(doc('utf-32', `${RU} 📰`), little))).text).toBe(doc('utf-32', `${RU} 📰`));
    }
  });

  it('recognises UTF-16 and UTF-32 without a byte order mark', () => {
    for (const little of [true, false]) {
      expect(decodeFeedBytes(utf16(doc('utf-16', RU), little)).encoding).toBe(little ? 'utf-16le' : 'utf-16be');
      expect(decodeFeedBytes(utf16(doc('utf-16', RU), little)).text).toContain(RU);
      expect(decodeFeedBytes(utf32(doc('utf-32', RU), little)).text).toContain(RU);
    }
  });

  it('reads UTF-8 by default and falls back to windows-1252 for bytes that are not UTF-8', () => {
    expect(decodeFeedBytes(ascii(`<rss><title>${RU}</title></rss>`)).text).toContain(RU);
    const latin = Uint8Array.from([...ascii('<rss><title>Caf'), 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80, 0x35, ...ascii('</title></rss>')]);
    expect(decodeFeedBytes(latin)).toEqual({ text: '<rss><title>Café “q” €5</title></rss>', encoding: 'windows-1252' });
  });

  it('ignores a declared UTF-16 when the bytes are plainly ASCII-compatible', () => {
    expect(decodeFeedBytes(ascii(doc('utf-16', 'Plain'))).text).toContain('<title>Plain</title>');
  });

  it('round-trips any Cyrillic text through windows-1251 and koi8-r (property)', () => {
    const cyrillic = fc.string({ unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ .,'.split('')) });
    fc.assert(
      fc.property(cyrillic, fc.constantFrom('windows-1251', 'koi8-r'), (text, encoding) => {
        expect(decodeFeedBytes(singleByte(encoding)(doc(encoding, text))).text).toBe(doc(encoding, text));
      }),
    );
  });

  it('never throws on arbitrary bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.option(fc.string()), (bytes, charset) => {
        const result = decodeFeedBytes(bytes, charset === null ? undefined : `text/xml; charset=${charset}`);
        expect(typeof result.text).toBe('string');
      }),
    );
  });
});
