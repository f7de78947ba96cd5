import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RenderedPage, RenderRequest } from './renderPage';

type Renderer = (request: RenderRequest) => Promise<RenderedPage>;

function isRenderer(value: unknown): value is Renderer {
  return typeof value === 'function';
}

// Node keeps a module for as long as the process runs, by its URL: a new build is loaded from a copy of its
// folder of its own (beside it, so that its packages resolve from the same node_modules), and every chunk
// of that build then imports the same instance of its entry.
let loads = 0;

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && Reflect.get(error, 'code') === 'EPERM';
  }
}

// Copies left by processes that are gone, and this process's earlier ones (its modules are loaded already).
function removeStaleCopies(folder: string): void {
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(name.split('-')[0]);
    if (!running(pid) || (pid === process.pid && name !== `${String(pid)}-${String(loads)}`)) rmSync(join(folder, name), { recursive: true, force: true });
  }
}

async function load(path: string): Promise<Renderer> {
  const dir = dirname(path);
  loads += 1;
  const folder = join(dirname(dir), `.${basename(dir)}-loaded`);
  const copy = join(folder, `${String(process.pid)}-${String(loads)}`);
  mkdirSync(folder, { recursive: true });
  cpSync(dir, copy, { recursive: true });
  const module: unknown = await import(pathToFileURL(join(copy, basename(path))).href);
  const renderPage: unknown = typeof module === 'object' && module !== null ? Reflect.get(module, 'renderPage') : undefined;
  if (!isRenderer(renderPage)) throw new Error(`${path} does not export renderPage: run "npm run build" again.`);
  removeStaleCopies(folder);
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
  let current = await load(path);
  return async (request) => {
    const now = versionOf(path);
    if (now !== null && now !== version) {
      current = await load(path);
      version = now;
    }
    return current(request);
  };
}
