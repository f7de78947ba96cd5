// The template's rules against an origin that answers what the app never does (Set-Cookie on a public
// answer, `private`, a short max-age with or without stale-if-error): nginx follows the origin's
// headers, and nothing one client was given personally is ever given to another.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningNginx } from '../../scripts/nginx/startNginx';
import { freePort, get, startCache } from './harness';

let origin: Server;
let nginx: RunningNginx;
let served = 0;

const ANSWERS: Record<string, Record<string, string>> = {
  '/cookie': { 'Cache-Control': 'public, max-age=600' },
  '/private': { 'Cache-Control': 'private, max-age=600' },
  '/stale-if-error': { 'Cache-Control': 'public, max-age=1, stale-if-error=86400' },
  '/no-stale': { 'Cache-Control': 'public, max-age=1' },
  '/plain': { 'Cache-Control': 'public, max-age=600' },
};

beforeAll(async () => {
  const port = await freePort();
  origin = createServer((req, res) => {
    served += 1;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const headers: Record<string, string> = { 'Content-Type': 'text/plain', ...(ANSWERS[path] ?? { 'Cache-Control': 'no-store' }) };
    if (path === '/cookie') headers['Set-Cookie'] = `session=${String(served)}; Path=/; HttpOnly`;
    res.writeHead(200, headers);
    res.end(`answer ${String(served)} for ${req.method ?? ''} ${path}`);
  });
  await new Promise<void>((ok) => origin.listen(port, '127.0.0.1', ok));
  nginx = await startCache(`127.0.0.1:${String(port)}`);
});

afterAll(async () => {
  await nginx.stop();
  await new Promise((ok) => origin.close(ok));
});

describe('nginx from deploy/nginx/newswire.conf.template', () => {
  it('keeps a public answer and says so', async () => {
    expect((await get(`${nginx.url}/plain`)).headers['x-cache-status']).toBe('MISS');
    const second = await get(`${nginx.url}/plain`);
    expect(second.headers['x-cache-status']).toBe('HIT');
    expect(second.body).toMatch(/^answer \d+ for GET \/plain$/);
  });

  it('never gives an answer with Set-Cookie to another client', async () => {
    const a = await get(`${nginx.url}/cookie`);
    const b = await get(`${nginx.url}/cookie`);
    expect(a.headers['set-cookie']?.[0]).toMatch(/^session=\d+/);
    expect(b.headers['x-cache-status']).not.toBe('HIT');
    expect(b.headers['set-cookie']?.[0]).not.toBe(a.headers['set-cookie']?.[0]);
    expect(b.body).not.toBe(a.body);
  });

  it('never gives a private answer to another client', async () => {
    const a = await get(`${nginx.url}/private`);
    const b = await get(`${nginx.url}/private`);
    expect(b.headers['x-cache-status']).not.toBe('HIT');
    expect(b.body).not.toBe(a.body);
  });

  it('passes POSTs straight through', async () => {
    const a = await get(`${nginx.url}/plain`, {}, 'POST');
    const b = await get(`${nginx.url}/plain`, {}, 'POST');
    expect(a.body).toMatch(/for POST/);
    expect(b.body).not.toBe(a.body);
    expect(b.headers['x-cache-status']).not.toBe('HIT');
  });

  it('serves a stale copy when the origin is gone only if the answer said stale-if-error', async () => {
    const kept = await get(`${nginx.url}/stale-if-error`);
    await get(`${nginx.url}/no-stale`);
    await new Promise<void>((ok) => origin.close(() => ok()));
    origin.closeAllConnections();
    await new Promise((r) => setTimeout(r, 2500)); // both past their max-age=1
    const stale = await get(`${nginx.url}/stale-if-error`);
    expect(stale.status).toBe(200);
    expect(stale.headers['x-cache-status']).toBe('STALE');
    expect(stale.body).toBe(kept.body);
    expect((await get(`${nginx.url}/no-stale`)).status).toBe(502);
  });
});
