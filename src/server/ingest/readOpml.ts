import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isSectionSlug, type SectionSlug } from '../../contract/sections';
import { sectionForName } from './opmlSections';
import { FeedSourceSchema, type FeedSource } from './sourcesFile';

/** Most feeds one OPML may list (the sources file's own limit). */
export const MAX_OPML_FEEDS = 500;

/** An OPML document that cannot be used; the message names the document and the line. */
export class OpmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpmlError';
  }
}

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function attributesOf(node: Node): Record<string, string> {
  const raw = node[':@'];
  const out: Record<string, string> = {};
  if (isNode(raw)) for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') out[k] = v;
  return out;
}

function tagOf(node: Node): string | undefined {
  return Object.keys(node).find((k) => k !== ':@' && k !== '#text');
}

function childrenOf(node: Node, tag: string): Node[] {
  const value = node[tag];
  return Array.isArray(value) ? value.filter(isNode) : [];
}

// Line of each <outline start tag, in document order (the parser's preserved order is the same):
// comments and CDATA are blanked first, keeping their newlines, so that nothing inside them counts.
function outlineLines(text: string): number[] {
  const blanked = text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '));
  const lines: number[] = [];
  const pattern = /<outline[\s/>]/g;
  let line = 1;
  let last = 0;
  for (let m = pattern.exec(blanked); m !== null; m = pattern.exec(blanked)) {
    for (let i = last; i < m.index; i++) if (blanked.charCodeAt(i) === 10) line += 1;
    last = m.index;
    lines.push(line);
  }
  return lines;
}

// Category values are comma-separated, each a "/"-separated path ("/News/Sport"): the most specific
// segment is tried first.
function categoryNames(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  return raw.split(',').flatMap((path) => path.split('/').map((s) => s.trim()).filter((s) => s !== '').reverse());
}

function parseRules(raw: string | undefined, where: string): Record<string, SectionSlug> {
  const rules: Record<string, SectionSlug> = {};
  if (raw === undefined || raw.trim() === '') return rules;
  for (const pair of raw.split(';')) {
    const [category = '', section = ''] = pair.split('=').map((s) => s.trim());
    if (category === '' || !isSectionSlug(section)) throw new OpmlError(`${where}: newswireCategories must be "Category=section; …" with one of the eight section slugs, not "${pair.trim().slice(0, 80)}"`);
    rules[category] = section;
  }
  return rules;
}

/**
 * Reads an OPML 1.0/2.0 subscription list into sources. Every outline with an `xmlUrl` is a feed (at
 * any depth); its section is the first of: `newswireSection` (our own export), a name in its
 * `category`, the names of its enclosing folders from the nearest out (see SECTION_NAMES), else
 * "world". `newswireIntervalMinutes`, `newswireFullText` and `newswireCategories` come back from an
 * export. A feed listed twice is kept once. Throws an OpmlError naming `label` and the line.
 */
export function readOpml(text: string, label: string): FeedSource[] {
  const lines = outlineLines(text);
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype !== null) {
    throw new OpmlError(`${label} line ${String(text.slice(0, doctype.index).split('\n').length)}: a DOCTYPE is not accepted in OPML (no entity is ever declared or expanded)`);
  }
  // As in the rates parser: the validator (deprecated in favour of the separate fast-xml-validator
  // package) still checks well-formedness in 5.x and names the line, which the parser alone does not.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new OpmlError(`${label} line ${String(valid.err.line)}: not well-formed XML: ${valid.err.msg}`);
  const parsed: unknown = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, processEntities: true }).parse(text);
  const top = (Array.isArray(parsed) ? parsed.filter(isNode) : []).find((n) => tagOf(n) !== '?xml');
  const rootTag = top === undefined ? undefined : tagOf(top);
  if (top === undefined || rootTag !== 'opml') throw new OpmlError(`${label} line 1: not OPML: the root element is <${rootTag ?? 'none'}>, not <opml>`);
  const body = childrenOf(top, 'opml').find((n) => tagOf(n) === 'body');
  if (body === undefined) throw new OpmlError(`${label}: the OPML has no <body>`);

  const sources: FeedSource[] = [];
  const seen = new Map<string, number>();
  let index = 0;
  const walk = (nodes: Node[], folders: string[]): void => {
    for (const node of nodes) {
      if (tagOf(node) !== 'outline') continue;
      const line = lines[index] ?? 0;
      index += 1;
      const where = `${label} line ${String(line)}`;
      const attrs = attributesOf(node);
      const name = (attrs.text ?? attrs.title ?? '').trim();
      const xmlUrl = attrs.xmlUrl?.trim();
      // A feed listed again (in another folder) is kept where it first appeared.
      if (xmlUrl !== undefined && !seen.has(xmlUrl)) {
        if (sources.length >= MAX_OPML_FEEDS) throw new OpmlError(`${where}: more than ${String(MAX_OPML_FEEDS)} feeds in one OPML`);
        const own = attrs.newswireSection?.trim();
        if (own !== undefined && !isSectionSlug(own)) throw new OpmlError(`${where}: newswireSection must be one of the eight section slugs, not "${own.slice(0, 40)}"`);
        const section = (own !== undefined && isSectionSlug(own) ? own : undefined) ??
          [...categoryNames(attrs.category), ...folders].map(sectionForName).find((s) => s !== undefined) ?? 'world';
        const candidate = {
          url: xmlUrl,
          section,
          categories: parseRules(attrs.newswireCategories, where),
          ...(attrs.newswireIntervalMinutes === undefined ? {} : { intervalMinutes: Number(attrs.newswireIntervalMinutes) }),
          ...(attrs.newswireFullText === undefined ? {} : { fullText: attrs.newswireFullText === 'true' }),
        };
        const checked = FeedSourceSchema.safeParse(candidate);
        if (!checked.success) {
          const issue = checked.error.issues[0];
          const field = issue?.path.map(String).join('.') ?? '';
          const [attribute, value] = field === 'url' ? ['xmlUrl', xmlUrl] : field === 'intervalMinutes' ? ['newswireIntervalMinutes', attrs.newswireIntervalMinutes ?? ''] : [field, ''];
          const message = field === 'intervalMinutes' ? 'must be a whole number of minutes from 5 to 1440' : (issue?.message ?? 'is invalid');
          throw new OpmlError(`${where}: ${attribute} "${value.slice(0, 100)}": ${message}`);
        }
        seen.set(xmlUrl, line);
        sources.push(checked.data);
      }
      walk(childrenOf(node, 'outline'), name === '' ? folders : [name, ...folders]);
    }
  };
  walk(childrenOf(body, 'body'), []);
  return sources;
}
