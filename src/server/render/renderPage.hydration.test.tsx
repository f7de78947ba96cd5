import { hydrate, QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/testStore';
import { ApiError } from '../../api/client';
import { App } from '../../app/App';
import { isPermanentFailure } from '../../app/queryClient';
import { READER_COOKIE } from '../../contract/readerCookie';
import { createApp } from '../app';
import type { Store } from '../store/createStore';
import { readerSnapshot } from './readerSnapshot';
import { renderPage } from './renderPage';

// The browser's first render must be the server's HTML, node for node and attribute for attribute: React
// does not repair attributes that differ when it hydrates (a useId that differs leaves labels pointing
// nowhere), and in production it says nothing. So the app is rendered a second time here as the browser
// first renders it — its own router around the same routes, the query cache hydrated from the page's JSON,
// the page's snapshot — and the two must be the same text.
describe("the browser's first render is the server's HTML", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    ({ store } = await createTestStore());
    app = createApp({ store, logError: () => undefined });
  });

  async function text(stream: NodeJS.ReadableStream): Promise<string> {
    let out = '';
    for await (const chunk of stream) out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return out;
  }

  async function compare(path: string, cookie?: string): Promise<void> {
    const url = new URL(`http://localhost${path}`);
    const { snapshot } = readerSnapshot(cookie, url.pathname, url.searchParams, url.origin, Date.now());
    const page = await renderPage({ url, snapshot, fetchApi: (p, init) => Promise.resolve(app.request(p, init)) });
    // What the browser reads back from the page (src/main.tsx).
    const state = JSON.parse(JSON.stringify(page.state)) as typeof page.state;
    for (const query of state.queries.queries) if (query.state.status === 'error') query.state.error = ApiError.fromJSON(query.state.error) ?? query.state.error;
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, retryOnMount: (q) => !isPermanentFailure(q.state.error) } } });
    hydrate(queryClient, state.queries);
    const { prelude } = await prerenderToNodeStream(
      <StrictMode>
        <App queryClient={queryClient} snapshot={state.snapshot} router={(routes) => <MemoryRouter initialEntries={[path]}>{routes}</MemoryRouter>} />
      </StrictMode>,
      { progressiveChunkSize: Number.POSITIVE_INFINITY },
    );
    expect(await text(prelude), path).toBe(page.html);
  }

  it('on every route', async () => {
    const article = (await store.feed(null, 1, null)).items[0]?.url ?? '';
    const topic = (await store.topicList())[0]?.slug ?? '';
    const gallery = (await store.galleries(1, null)).items[0]?.url ?? '';
    for (const path of ['/', '/?sections=world,sports', '/world', article, '/search?q=snow', '/topics', `/topics/${topic}`, '/persons', '/galleries', `${gallery}?photo=2`, '/infographics', '/converter?amount=100&from=USD&to=RUB', '/saved', '/my', '/no-such-page', '/world/999999999']) {
      await compare(path);
    }
  });

  it('for a reader in another city with a feed filter', async () => {
    await compare('/', `c:london|s:world+sports`);
    await compare('/world', 'z:America/New_York');
    expect(READER_COOKIE).toBe('newswire-reader');
  });
});
