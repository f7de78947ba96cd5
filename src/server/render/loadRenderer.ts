import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { RenderedPage, RenderRequest } from './renderPage';

type Renderer = (request: RenderRequest) => Promise<RenderedPage>;

function isRenderer(value: unknown): value is Renderer {
  return typeof value === 'function';
}

async function load(path: string, version: string): Promise<Renderer> {
  const module: unknown = await import(`${pathToFileURL(path).href}?build=${encodeURIComponent(version)}`);
  const renderPage: unknown = typeof module === 'object' && module !== null ? Reflect.get(module, 'renderPage') : undefined;
  if (!isRenderer(renderPage)) throw new Error(`${path} does not export renderPage: run "npm run build" again.`);
  return renderPage;
}

function versionOf(path: string): string | null {
  try {
    const stat = statSync(path);
    return stat.size > 0 ? `${String(stat.mtimeMs)}:${String(stat.size)}` : null;
  } catch {
    return null; // mid-build: keep the renderer in use
  }
}

/**
 * The page renderer from the server's build (dist/server/renderPage.js, made by `npm run build`), loaded
 * again when a new build replaces it, so that pages are rendered by the same build as the index.html
 * and scripts they are served with (a deploy needs no restart, as for the client's files).
 */
export async function latestRenderer(path: string): Promise<Renderer> {
  let version = versionOf(path);
  if (version === null) throw new Error(`No page renderer at ${path}: run "npm run build".`);
  let current = await load(path, version);
  return async (request) => {
    const now = versionOf(path);
    if (now !== null && now !== version) {
      current = await load(path, now);
      version = now;
    }
    return current(request);
  };
}
