import { XMLParser } from 'fast-xml-parser';

// feedsmith does not read three old RSS item-body elements: <xhtml:body> (and a bare <body>) holding
// XHTML, and <fullitem> holding escaped HTML. An item whose only content is one of them is dropped by
// feedsmith, so this reads them from the same document with fast-xml-parser (entities not expanded).

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  processEntities: false,
  parseTagValue: false,
  trimValues: false,
  transformTagName: (name) => name.toLowerCase(),
  stopNodes: ['*.item.body', '*.item.fullitem'],
});

/** The body of one RSS item, as HTML, and what tells the item apart. */
export interface LegacyBody {
  html: string;
  /** The item's guid, else link, else title (plain text), to find it among feedsmith's items. */
  key?: string;
  /** True when the body is the item's only element: feedsmith then surely dropped the item. */
  alone: boolean;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object' && value !== null && '#text' in value) return text(value['#text']);
  return undefined;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces the five XML entities and numeric character references (fullitem holds escaped HTML). */
function unescapeXml(value: string): string {
  return value.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(lt|gt|amp|quot|apos));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return XML_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  });
}

const cdataOf = (value: string): string | null => /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(value)?.[1] ?? null;

/** Text of an element as feedsmith reports it: CDATA unwrapped, entities replaced, spaces collapsed. */
export function plain(value: string | undefined): string {
  if (value === undefined) return '';
  return (cdataOf(value) ?? unescapeXml(value)).replace(/\s+/g, ' ').trim();
}

function bodyOf(item: object): string | undefined {
  const body = 'body' in item ? text(item.body) : undefined;
  if (body !== undefined && body.trim() !== '') return body;
  const full = 'fullitem' in item ? text(item.fullitem) : undefined;
  if (full === undefined || full.trim() === '') return undefined;
  return cdataOf(full) ?? unescapeXml(full);
}

function itemsOf(root: unknown): unknown[] {
  if (typeof root !== 'object' || root === null) return [];
  const container = 'rss' in root ? root.rss : 'rdf' in root ? root.rdf : undefined;
  if (typeof container !== 'object' || container === null) return [];
  const channel = 'channel' in container ? container.channel : undefined;
  const fromChannel = typeof channel === 'object' && channel !== null && 'item' in channel ? channel.item : undefined;
  const direct = 'item' in container ? container.item : undefined;
  const items = fromChannel ?? direct;
  if (items === undefined) return [];
  return Array.isArray(items) ? items : [items];
}

/**
 * The legacy body of each RSS item in document order (undefined where an item has none);
 * an empty list when the document cannot be read this way.
 */
export function legacyItemBodies(xml: string): (LegacyBody | undefined)[] {
  if (!/<(?:[\w-]+:)?(?:body|fullitem)[\s>]/i.test(xml)) return [];
  let root: unknown;
  try {
    root = parser.parse(xml);
  } catch {
    return [];
  }
  return itemsOf(root).map((item) => {
    if (typeof item !== 'object' || item === null) return undefined;
    const html = bodyOf(item);
    if (html === undefined) return undefined;
    const alone = Object.keys(item).every((k) => k === 'body' || k === 'fullitem');
    const fields = new Map<string, unknown>(Object.entries(item));
    const key = ['guid', 'link', 'title'].map((k) => plain(text(fields.get(k)))).find((v) => v !== '');
    return key === undefined ? { html, alone } : { html, alone, key };
  });
}
