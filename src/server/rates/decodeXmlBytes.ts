import { XMLParser } from 'fast-xml-parser';
import { RatesDocumentError } from './RatesDocumentError';

// Rate documents arrive as bytes: the Bank of Russia's in windows-1251, the ECB's in UTF-8. The
// encoding comes from the byte-order mark, else from the XML declaration, else UTF-8 (XML 1.0 §4.3.3).
// A declaration that does not match the bytes is refused rather than guessed around: a document
// that lies about its encoding was mangled on the way and its numbers cannot be trusted either.

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];
const DECLARATION_SCAN = 1024;
const declarationParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: false });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function isWhitespace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/** The `encoding` of the XML declaration at the start of `text` (leading blank lines tolerated), or null. */
function declaredEncoding(text: string): string | null {
  let start = 0;
  while (start < text.length && isWhitespace(text.charAt(start))) start++;
  if (!text.startsWith('<?xml', start) || !isWhitespace(text.charAt(start + 5))) return null;
  const end = text.indexOf('?>', start);
  if (end < 0) throw new RatesDocumentError('The XML declaration at the start of the document is not closed.');
  const parsed: unknown = declarationParser.parse(text.slice(start, end + 2));
  const declaration = typeof parsed === 'object' && parsed !== null && '?xml' in parsed ? parsed['?xml'] : null;
  if (typeof declaration !== 'object' || declaration === null || !('encoding' in declaration)) return null;
  return typeof declaration.encoding === 'string' ? declaration.encoding.trim() : null;
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    throw new RatesDocumentError(`The document declares the encoding "${label.slice(0, 40)}", which is not a known character encoding.`);
  }
}


/**
 * Decodes an XML document's bytes to text: BOM, then the declared encoding, then UTF-8. Throws
 * RatesDocumentError when the bytes are not valid in that encoding, when a BOM contradicts the
 * declaration, or when a single-byte declaration (windows-1251) covers bytes that are really UTF-8.
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new RatesDocumentError('The document is empty.');
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  if (bom !== undefined) {
    const text = decoderFor(bom.encoding).decode(bytes.subarray(bom.bytes.length));
    const declared = declaredEncoding(text);
    if (declared !== null && decoderFor(declared).encoding !== bom.encoding && !(bom.encoding.startsWith('utf-16') && declared.toLowerCase() === 'utf-16')) {
      throw new RatesDocumentError(`The document starts with a ${bom.encoding.toUpperCase()} byte-order mark but declares the encoding "${declared}".`);
    }
    return text;
  }

  const head = new TextDecoder('latin1').decode(bytes.subarray(0, DECLARATION_SCAN));
  const declared = declaredEncoding(head) ?? 'utf-8';
  const decoder = decoderFor(declared);
  if (decoder.encoding.startsWith('utf-16')) {
    throw new RatesDocumentError(`The document declares the encoding "${declared}" but has no byte-order mark and is written in single bytes.`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const hint = decoder.encoding === 'utf-8' ? ' (it may be windows-1251 without saying so)' : '';
    throw new RatesDocumentError(`The document declares the encoding "${declared}" but its bytes are not valid ${decoder.encoding}${hint}.`);
  }
  if (decoder.encoding !== 'utf-8' && bytes.some((b) => b >= 0x80) && isValidUtf8(bytes)) {
    throw new RatesDocumentError(
      `The document declares the encoding "${declared}" but its bytes are UTF-8: its text would come out garbled, so it is refused.`,
    );
  }
  return text;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
