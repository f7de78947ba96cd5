import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiServer } from '../../test/setup';
import { FeedPage } from '../contract/schemas';
import { ApiError, getJson } from './client';

describe('getJson', () => {
  it('parses a real answer with the contract', async () => {
    const page = await getJson('/api/feed?limit=2', FeedPage);
    expect(page.items).toHaveLength(2);
  });

  it('throws ApiError with the server message for 4xx answers', async () => {
    const error = await getJson('/api/feed?limit=0', FeedPage).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, kind: 'bad_request', isPermanent: true });
    expect((error as ApiError).message).toContain('limit');
  });

  it('refuses an answer that does not match the contract', async () => {
    apiServer.use(http.get('*/api/feed', () => HttpResponse.json({ items: [{ id: 'x' }] })));
    await expect(getJson('/api/feed', FeedPage)).rejects.toMatchObject({ kind: 'invalid_response' });
    apiServer.use(http.get('*/api/feed', () => new HttpResponse('<html>proxy error</html>', { status: 502 })));
    await expect(getJson('/api/feed', FeedPage)).rejects.toMatchObject({ kind: 'internal', status: 502 });
  });

  it('reports a network failure as being offline', async () => {
    apiServer.use(http.get('*/api/feed', () => HttpResponse.error()));
    await expect(getJson('/api/feed', FeedPage)).rejects.toMatchObject({ kind: 'network', status: 0 });
  });
});
