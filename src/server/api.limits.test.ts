import { describe, expect, it } from 'vitest';
import { createTestStore } from '../../test/testStore';
import { ErrorBody, FeedPage } from '../contract/schemas';
import { API_LIMITS } from './api';
import { createApp } from './app';

const NOW = Date.parse('2026-11-28T12:00:00Z');

async function newApp(trustedProxies?: ReadonlySet<string>) {
  const { store } = await createTestStore(NOW);
  let now = NOW;
  const app = createApp({ store, now: () => now, logError: () => undefined, trustedProxies });
  return { app, advance: (ms: number) => (now += ms) };
}

async function expectRateLimited(res: Response) {
  expect(res.status).toBe(429);
  expect(Number(res.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
  expect(res.headers.get('Cache-Control')).toBe('no-store');
  expect(ErrorBody.parse(await res.json()).error.code).toBe('rate_limited');
}

describe('per-client limits', () => {
  it('behind a trusted proxy, counts each reader X-Forwarded-For names; from anyone else, ignores the header', async () => {
    // In-process requests have no socket: their address is "local", trusted here as nginx would be.
    const search = (app: Awaited<ReturnType<typeof newApp>>['app'], i: number, forwardedFor: string) => app.request(`/api/search?q=w${String(i)}`, { headers: { 'X-Forwarded-For': forwardedFor } });
    const proxied = (await newApp(new Set(['local']))).app;
    for (let i = 0; i < API_LIMITS.search.burst; i++) expect((await search(proxied, i, '198.51.100.1')).status).toBe(200);
    await expectRateLimited(await search(proxied, 1000, '198.51.100.1'));
    expect((await search(proxied, 1001, '198.51.100.2')).status).toBe(200); // another reader, another bucket
    const direct = (await newApp()).app;
    for (let i = 0; i < API_LIMITS.search.burst; i++) expect((await search(direct, i, `198.51.100.${String(i % 200)}`)).status).toBe(200);
    await expectRateLimited(await search(direct, 1000, '203.0.113.9')); // a new X-Forwarded-For buys nothing
  });

  it('limits searches the cache cannot answer, not the ones it can', async () => {
    const { app, advance } = await newApp();
    for (let i = 0; i < API_LIMITS.search.burst; i++) expect((await app.request(`/api/search?q=word${String(i)}`)).status).toBe(200);
    await expectRateLimited(await app.request('/api/search?q=another'));
    expect((await app.request('/api/search?q=word0')).status).toBe(200); // cached: costs the database nothing
    advance(60_000 / API_LIMITS.search.perMinute);
    expect((await app.request('/api/search?q=another')).status).toBe(200);
  });

  it('limits counted reads and every POST', async () => {
    const { app } = await newApp();
    const feed = await app.request('/api/feed?limit=1');
    const id = String(FeedPage.parse(await feed.json()).items[0]?.id);
    for (let i = 0; i < API_LIMITS.views.burst; i++) expect((await app.request(`/api/articles/${id}/views`, { method: 'POST' })).status).toBe(204);
    await expectRateLimited(await app.request(`/api/articles/${id}/views`, { method: 'POST' }));
    // Every POST spends from the same per-client bucket, whatever the path.
    for (let i = API_LIMITS.views.burst + 1; i < API_LIMITS.posts.burst; i++) await app.request('/api/nothing', { method: 'POST' });
    await expectRateLimited(await app.request('/api/nothing', { method: 'POST' }));
  });
});
