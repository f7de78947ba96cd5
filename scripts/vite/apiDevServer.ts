import { getRequestListener } from '@hono/node-server';
import type { Plugin } from 'vite';

type FetchHandler = (request: Request) => Response | Promise<Response>;

function isFetchHandler(value: unknown): value is FetchHandler {
  return typeof value === 'function';
}

/**
 * `npm run dev`: mounts the real API (src/server/devApp.ts, loaded through Vite so server edits
 * reload too) in Vite's dev server, so one command serves the app with hot reload and the API.
 */
export function apiDevServer(): Plugin {
  return {
    name: 'newswire-api-dev-server',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === undefined || !req.url.startsWith('/api/')) {
          next();
          return;
        }
        server
          .ssrLoadModule('/src/server/devApp.ts')
          .then(async (mod: Record<string, unknown>) => {
            const fetchApi = mod.fetchApi;
            if (!isFetchHandler(fetchApi)) throw new Error('src/server/devApp.ts must export fetchApi');
            await getRequestListener(fetchApi)(req, res);
          })
          .catch(next);
      });
    },
  };
}
