import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { SectionSlug } from '../../contract/sections';

// The sources file (JSON) lists the feeds the server polls:
// { "sources": [ { "url": "https://example.com/rss", "section": "world", "intervalMinutes": 30,
//                  "categories": { "Sport": "sports", "Economy": "economy" }, "fullText": true } ] }

const HttpUrl = z.string().check(
  z.maxLength(2048),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL'),
);

/** One polled feed. */
export const FeedSourceSchema = z.object({
  url: HttpUrl,
  /** Section of its articles unless a category rule says otherwise. */
  section: z._default(SectionSlug, 'world'),
  /** Feed category (any case) → section. */
  categories: z._default(z.record(z.string().check(z.minLength(1), z.maxLength(200)), SectionSlug), {}),
  /** Minutes between two polls: 5 to 1440 (a day). */
  intervalMinutes: z._default(z.int().check(z.minimum(5), z.maximum(1440)), 30),
  /** Fetch each new story's page when the feed gives only a summary, and keep its main text. */
  fullText: z._default(z.boolean(), false),
});
export type FeedSource = z.infer<typeof FeedSourceSchema>;

/** The whole sources file. */
export const SourcesFileSchema = z.object({
  sources: z.array(FeedSourceSchema).check(z.maxLength(500)),
});
export type SourcesFile = z.infer<typeof SourcesFileSchema>;

/** Reads and validates a sources file; throws an Error whose message says what is wrong, in one line. */
export function loadSourcesFile(path: string): FeedSource[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`sources file ${path}: cannot be read`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`sources file ${path}: not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
  const parsed = SourcesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : issue.path.map(String).join('.');
    throw new Error(`sources file ${path}: ${where === '' ? '' : `${where}: `}${issue?.message ?? 'invalid'}`);
  }
  return parsed.data.sources;
}

/**
 * Writes the sources file (through a temporary file and a rename, so a reader or the server never
 * sees half a file). Values are written in full, defaults included, so the file says what applies.
 */
export function saveSourcesFile(path: string, sources: readonly FeedSource[]): void {
  const file: SourcesFile = { sources: [...sources] };
  const temporary = `${path}.${String(process.pid)}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`);
  renameSync(temporary, path);
}
