import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { RatesDocumentError } from './RatesDocumentError';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
  trimValues: true,
  // Only the five predefined entities and character references: documents with a DTD are refused
  // before parsing, so no document can define entities (no billion laughs, no external fetches).
  processEntities: true,
  isArray: (name) => name === 'Valute' || name === 'Cube',
});

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/** Index after the construct starting at `from` that ends with `end`, or -1. */
function skipPast(text: string, from: number, end: string): number {
  const at = text.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}

/**
 * Walks the prolog (declaration, comments, processing instructions) to the first markup that is
 * neither, and refuses an HTML page or any DTD there. A lexical scan of the prolog, not a parse.
 */
function checkProlog(text: string, what: string): void {
  let i = 0;
  for (;;) {
    while (i < text.length && isSpace(text.charAt(i))) i++;
    if (text.startsWith('<?', i)) i = skipPast(text, i, '?>');
    else if (text.startsWith('<!--', i)) i = skipPast(text, i, '-->');
    else break;
    if (i < 0) return; // unclosed: the validator names the problem
  }
  const next = text.slice(i, i + 14).toLowerCase();
  if (next.startsWith('<!doctype html') || next.startsWith('<html')) {
    throw new RatesDocumentError(`The document is an HTML page, not the ${what} XML (the source may be showing an error or maintenance page).`);
  }
  if (next.startsWith('<!doctype')) {
    throw new RatesDocumentError(`The document has a DTD (<!DOCTYPE>); rate documents never do, and DTDs are not processed.`);
  }
}

/**
 * Checks that `text` is well-formed XML with the root element `root` (namespace prefix ignored) and
 * returns that element's parsed content: attributes and children by name, text values as strings.
 */
export function parseXmlDocument(text: string, root: string, what: string): unknown {
  if (text.trim() === '') throw new RatesDocumentError('The document is empty.');
  checkProlog(text, what);
  // The parser alone accepts broken markup; its validator (deprecated in favour of the separate
  // fast-xml-validator package, not installed here) still checks well-formedness in 5.x.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new RatesDocumentError(`The document is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).`);
  }
  const parsed: unknown = parser.parse(text);
  if (typeof parsed !== 'object' || parsed === null) throw new RatesDocumentError('The document has no root element.');
  const roots: [string, unknown][] = Object.entries(parsed).filter(([name]) => !name.startsWith('?'));
  const first = roots[0];
  if (roots.length !== 1 || first === undefined) throw new RatesDocumentError(`The document must have exactly one root element, <${root}>.`);
  const [name, content] = first;
  if (name.toLowerCase() === 'html') {
    throw new RatesDocumentError(`The document is an HTML page, not the ${what} XML (the source may be showing an error or maintenance page).`);
  }
  if (name !== root) throw new RatesDocumentError(`The document's root element is <${name.slice(0, 40)}>, not <${root}> of the ${what} XML.`);
  return content;
}
