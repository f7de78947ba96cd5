import { getRequestListener } from '@hono/node-server';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { isAppRoute } from '../../src/server/appRoutes.ts';

type FetchHandler = (request: Request) => Response | Promise<Response>;
type PageHandler = (request: Request, template: string) => Response | Promise<Response>;

function isFunction(value: unknown): value is FetchHandler & PageHandler {
  return typeof value === 'function';
}

// A page the app renders: a GET for HTML at one of the app's addresses (not Vite's own, not a file).
function isPageRequest(req: IncomingMessage, path: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!(req.headers.accept ?? '').includes('text/html')) return false;
  if (path.startsWith('/@') || path.startsWith('/src/') || path.startsWith('/node_modules/')) return false;
  return isAppRoute(path) === 'page';
}

async function devModule(server: ViteDevServer, name: 'fetchApi' | 'fetchPage'): Promise<FetchHandler & PageHandler> {
  const mod: Record<string, unknown> = await server.ssrLoadModule('/src/server/devApp.ts');
  const handler = mod[name];
  if (!isFunction(handler)) throw new Error(`src/server/devApp.ts must export ${name}`);
  return handler;
}

/**
 * `npm run dev`: mounts the real API and the server's page rendering (src/server/devApp.ts, loaded through
 * Vite so server and component edits reload too) in Vite's dev server: one command serves the app as
 * `npm start` does — pages rendered on the server, then hydrated — with hot reload.
 */
export function apiDevServer(): Plugin {
  return {
    name: 'newswire-api-dev-server',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path.startsWith('/api/')) {
          devModule(server, 'fetchApi')
            .then((fetchApi) => getRequestListener(fetchApi)(req, res))
            .catch(next);
          return;
        }
        if (!isPageRequest(req, path)) {
          next();
          return;
        }
        Promise.all([devModule(server, 'fetchPage'), readFile(resolve(server.config.root, 'index.html'), 'utf8')])
          .then(async ([fetchPage, raw]) => {
            const template = await server.transformIndexHtml(req.url ?? '/', raw);
            // No CSP in development: Vite's client injects styles and scripts the built page never has.
            const page = async (request: Request) => {
              const answer = await fetchPage(request, template);
              const headers = new Headers(answer.headers);
              headers.delete('Content-Security-Policy');
              return new Response(answer.body, { status: answer.status, headers });
            };
            await getRequestListener(page)(req, res);
          })
          .catch(next);
      });
    },
  };
}
