import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run dev` is Vite's dev server with the API and the server's page rendering mounted (scripts/vite/apiDevServer.ts).
describe('npm run dev', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newswire-dev-'));
  let server: ViteDevServer;
  let base = '';

  beforeAll(async () => {
    process.env.DATABASE_PATH = join(dir, 'dev.db');
    server = await createServer({ configFile: 'vite.config.ts', server: { port: 0, host: '127.0.0.1', hmr: false }, logLevel: 'silent' });
    await server.listen();
    const address = server.httpServer?.address();
    if (typeof address !== 'object' || address === null) throw new Error('Vite is not listening');
    base = `http://127.0.0.1:${String(address.port)}`;
  }, 60_000);

  afterAll(async () => {
    await server.close();
    delete process.env.DATABASE_PATH;
    rmSync(dir, { recursive: true, force: true });
  });

  const page = (path: string) => fetch(`${base}${path}`, { headers: { Accept: 'text/html' } });

  it("renders pages on the server into Vite's index.html, with the data to hydrate them and the app's source script", async () => {
    const res = await page('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/@vite/client"></script>');
    expect(html).toContain('<script type="module" src="/src/main.tsx"></script>');
    expect(html).toContain('id="newswire-state"');
    expect(html.match(/class="feed-item-title"/g)?.length ?? 0).toBeGreaterThan(5);
  }, 60_000);

  it("answers the app's own Not found page with 404, the API with JSON, and leaves files to Vite", async () => {
    const missing = await page('/world/999999999');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('id="newswire-state"');
    const api = await fetch(`${base}/api/sections`);
    expect(api.headers.get('content-type')).toContain('application/json');
    const source = await fetch(`${base}/src/main.tsx`, { headers: { Accept: '*/*' } });
    expect(source.headers.get('content-type')).toContain('javascript');
  }, 60_000);
});
