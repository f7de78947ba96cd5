// Feeds arrive as bytes: this picks the character encoding the way RFC 7303 orders the evidence
// (byte order mark, then the HTTP charset, then UTF-16/32 byte patterns, then the XML declaration)
// and decodes with the platform's TextDecoder (windows-1251, koi8-r, iso-8859-x, gbk, big5, ...).
// Without usable evidence, bytes that are not UTF-8 go through chardet (ICU's detector) before the
// windows-1252 fallback.
import { analyse } from 'chardet';

/** Text decoded from feed bytes and the encoding that was used. */
export interface DecodedFeed {
  text: string;
  encoding: string;
}

type Utf32 = 'utf-32le' | 'utf-32be';

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
];

// How "<?" (or "<" and a letter) looks in each multi-byte encoding without a BOM (XML 1.0 appendix F).
const PATTERNS: { bytes: (number | null)[]; encoding: string }[] = [
  { bytes: [0x00, 0x00, 0x00, 0x3c], encoding: 'utf-32be' },
  { bytes: [0x3c, 0x00, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x3c, 0x00, null], encoding: 'utf-16be' },
  { bytes: [0x3c, 0x00, null, 0x00], encoding: 'utf-16le' },
];

function startsWith(bytes: Uint8Array, pattern: readonly (number | null)[]): boolean {
  return bytes.length >= pattern.length && pattern.every((b, i) => b === null || bytes[i] === b);
}

/** The WHATWG name of an encoding label, or null when TextDecoder (or our UTF-32 decoder) cannot decode it. */
export function encodingName(label: string): string | null {
  const cleaned = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (/^(?:utf-?32|ucs-?4)$/.test(cleaned)) return 'utf-32be';
  if (/^(?:utf-?32le)$/.test(cleaned)) return 'utf-32le';
  if (/^(?:utf-?32be)$/.test(cleaned)) return 'utf-32be';
  try {
    return new TextDecoder(cleaned).encoding;
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type header value, if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined;
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return match?.[2];
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every ASCII-compatible encoding; read at most its first 200 bytes.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 200));
  const match = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match?.[1];
}

function decodeUtf32(bytes: Uint8Array, encoding: Utf32): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = encoding === 'utf-32le';
  const parts: string[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const code = view.getUint32(i, little);
    const valid = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    parts.push(valid ? String.fromCodePoint(code) : '\uFFFD');
  }
  if (bytes.length % 4 !== 0) parts.push('\uFFFD');
  return parts.join('');
}

// Node 20's TextDecoder reads windows-1252 (also the label for iso-8859-1 and us-ascii) as Latin-1,
// leaving bytes 0x80–0x9F as C1 controls; these are the characters windows-1252 has there.
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWith(bytes: Uint8Array, encoding: string, bomLength: number): string {
  const body = bytes.subarray(bomLength);
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(body, encoding);
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c) : text;
}

const isWide = (encoding: string): boolean => /^utf-(?:16|32)/.test(encoding);

/** True when `encoding` decodes every byte (no invalid sequence): a declaration that does not is not used. */
function fitsBytes(bytes: Uint8Array, encoding: string): boolean {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return true;
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// The detector's lowest confidence (0–100) we act on; below it the windows-1252 fallback is as good a guess.
const MIN_CONFIDENCE = 10;
const SAMPLE_BYTES = 64 * 1024;

/**
 * The encoding chardet finds most likely for the document's text, or null. Markup is taken out first:
 * tags and CDATA markers are ASCII in every encoding this is used for (none of their multi-byte
 * sequences contains "<" or ">"), and left in, their Latin letters outvote a few lines of Cyrillic.
 */
function detectedEncoding(bytes: Uint8Array): string | null {
  const latin1 = Buffer.from(bytes.subarray(0, SAMPLE_BYTES)).toString('latin1');
  const text = Buffer.from(latin1.replace(/<!\[CDATA\[|\]\]>/g, ' ').replace(/<[^>]*>/g, ' '), 'latin1');
  for (const match of analyse(text)) {
    if (match.confidence < MIN_CONFIDENCE) return null;
    const name = encodingName(match.name);
    if (name !== null && !isWide(name) && name !== 'utf-8' && fitsBytes(bytes, name)) return name;
  }
  return null;
}

/**
 * Decodes feed bytes. `contentType` is the HTTP Content-Type header, when the feed came over HTTP.
 * A charset or declaration is used when the bytes are valid in it. Without one, the bytes are read as
 * UTF-8; bytes that are not valid UTF-8 go to the detector (KOI8-R, windows-1251, Shift_JIS, Big5,
 * EUC-KR, GB18030…), and only when it has no confident answer to windows-1252 (the usual mistake of old feeds).
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): DecodedFeed {
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  if (bom !== undefined) return { text: decodeWith(bytes, bom.encoding, bom.bytes.length), encoding: bom.encoding };

  const sniffed = PATTERNS.find((p) => startsWith(bytes, p.bytes))?.encoding;
  const fromHeader = charsetOf(contentType);
  const headerEncoding = fromHeader === undefined ? null : encodingName(fromHeader);
  // A charset that contradicts the bytes (UTF-16 claimed for ASCII-looking bytes, or the reverse) is ignored.
  if (headerEncoding !== null && isWide(headerEncoding) === (sniffed !== undefined) && fitsBytes(bytes, headerEncoding)) {
    return { text: decodeWith(bytes, headerEncoding, 0), encoding: headerEncoding };
  }
  if (sniffed !== undefined) return { text: decodeWith(bytes, sniffed, 0), encoding: sniffed };

  const declared = declaredEncoding(bytes);
  const declaredName = declared === undefined ? null : encodingName(declared);
  if (declaredName !== null && !isWide(declaredName) && fitsBytes(bytes, declaredName)) {
    return { text: decodeWith(bytes, declaredName, 0), encoding: declaredName };
  }
  if (fitsBytes(bytes, 'utf-8')) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  const detected = detectedEncoding(bytes) ?? 'windows-1252';
  return { text: decodeWith(bytes, detected, 0), encoding: detected };
}
