import type { RenderedPage, RenderRequest } from './renderPage';

type Renderer = (request: RenderRequest) => Promise<RenderedPage>;

function isRenderer(value: unknown): value is Renderer {
  return typeof value === 'function';
}

/** The page renderer from the server's build (dist/server/renderPage.js, made by `npm run build`). */
export async function loadRenderer(url: string): Promise<Renderer> {
  const module: unknown = await import(url);
  const renderPage: unknown = typeof module === 'object' && module !== null ? Reflect.get(module, 'renderPage') : undefined;
  if (!isRenderer(renderPage)) throw new Error(`${url} does not export renderPage: run "npm run build" again.`);
  return renderPage;
}
