import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { escapeHtml } from '../html/pageHead';

const ManifestEntry = z.object({
  file: z.string(),
  isEntry: z.optional(z.boolean()),
  imports: z.optional(z.array(z.string())),
  css: z.optional(z.array(z.string())),
});
const Manifest = z.record(z.string(), ManifestEntry);
const PageChunks = z.record(z.string(), z.string());
type Manifest = z.infer<typeof Manifest>;

/** What a page needs besides the app's entry, and the hashes of the styles it may inline. */
export interface PageAssets {
  /** The tags for the page modules it renders. */
  tags: (modules: readonly string[]) => string[];
  /** The CSP hashes ('sha256-…') of every stylesheet `tags` may inline. */
  styleHashes: readonly string[];
}

/**
 * The tags a page needs besides the app's entry: for each lazily loaded page module it renders, its
 * chunk and the chunks it imports (modulepreload, so they download beside the entry instead of after
 * it) and their stylesheets, inlined (so the server's HTML is styled before any script runs, without a
 * round trip more before the first paint), each followed by a disabled `<link>` to its file: the app's
 * module loader, which would otherwise fetch it again and wait for it before hydrating, sees it is in,
 * and the browser fetches nothing for it. Read from the build's manifest (dist/client/.vite/manifest.json);
 * none without one (tests, dev).
 */
export function pageAssets(clientDir: string | undefined): PageAssets {
  const path = clientDir === undefined ? undefined : join(clientDir, '.vite', 'manifest.json');
  let manifest: Manifest = {};
  if (path !== undefined && existsSync(path)) {
    const parsed = Manifest.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`${path} is not a Vite manifest: rebuild with "npm run build".`);
    manifest = parsed.data;
  }
  // A page module grouped into a shared chunk (the feed's) is found through the build's page-chunks.json.
  const chunksPath = clientDir === undefined ? undefined : join(clientDir, '.vite', 'page-chunks.json');
  const pageChunks = new Map<string, string>();
  if (chunksPath !== undefined && existsSync(chunksPath)) {
    const parsed = PageChunks.safeParse(JSON.parse(readFileSync(chunksPath, 'utf8')));
    if (parsed.success) for (const [module, file] of Object.entries(parsed.data)) pageChunks.set(module, file);
  }
  const keyOf = (module: string): string => {
    if (manifest[module] !== undefined) return module;
    const file = pageChunks.get(module);
    return Object.entries(manifest).find(([, entry]) => entry.file === file)?.[0] ?? module;
  };
  // The stylesheets of the page chunks, read once (a new build is served by a new process).
  const css = new Map<string, string>();
  for (const entry of Object.values(manifest)) {
    if (entry.isEntry === true || clientDir === undefined) continue;
    for (const file of entry.css ?? []) {
      if (css.has(file)) continue;
      const text = readFileSync(join(clientDir, file), 'utf8');
      if (/<\/style/i.test(text)) throw new Error(`${file} contains "</style": it cannot be inlined.`);
      css.set(file, text);
    }
  }
  const styleHashes = [...css.values()].map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  const tags = new Map<string, string[]>();
  const tagsOf = (modules: readonly string[]): string[] => {
    const key = modules.join('\n');
    const known = tags.get(key);
    if (known !== undefined) return known;
    const scripts = new Set<string>();
    const styles = new Set<string>();
    const visit = (name: string) => {
      const entry = manifest[name];
      if (entry === undefined || entry.isEntry === true || scripts.has(entry.file)) return;
      scripts.add(entry.file);
      for (const css of entry.css ?? []) styles.add(css);
      for (const next of entry.imports ?? []) visit(next);
    };
    for (const module of modules) visit(keyOf(module));
    const result = [
      ...[...styles].map((file) => `<style>${css.get(file) ?? ''}</style><link rel="stylesheet" href="/${escapeHtml(file)}" disabled />`),
      ...[...scripts].map((file) => `<link rel="modulepreload" href="/${escapeHtml(file)}" />`),
    ];
    tags.set(key, result);
    return result;
  };
  return { tags: tagsOf, styleHashes };
}
