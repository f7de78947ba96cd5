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

/**
 * The `<link>` tags a page needs besides the app's entry: for each lazily loaded page module it renders,
 * its chunk and the chunks it imports (modulepreload, so they download beside the entry instead of
 * after it) and their stylesheets (so the server's HTML is styled before any script runs). Read from
 * the build's manifest (dist/client/.vite/manifest.json); none without one (tests, dev).
 */
export function pageAssets(clientDir: string | undefined): (modules: readonly string[]) => string[] {
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
  const tags = new Map<string, string[]>();
  return (modules) => {
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
      ...[...styles].map((file) => `<link rel="stylesheet" href="/${escapeHtml(file)}" />`),
      ...[...scripts].map((file) => `<link rel="modulepreload" href="/${escapeHtml(file)}" />`),
    ];
    tags.set(key, result);
    return result;
  };
}
