// Component tests talk to the real API: MSW hands every /api request to the Hono app, in
// process, over an in-memory database seeded with the demo corpus. No hand-written JSON.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createApp } from '../src/server/app';
import { createStore } from '../src/server/store/createStore';
import { openDatabase } from '../src/server/store/openDatabase';
import { createTestStore } from './testStore';

/** The database behind the API of component tests (tests may add articles to it). */
export const { store: apiStore } = createTestStore();
const app = createApp({ store: apiStore, logError: () => undefined });

/** The real API over an empty database (to show what readers see before any news arrives). */
export function createEmptyApi() {
  return createApp({ store: createStore(openDatabase(':memory:')), logError: () => undefined });
}

/** The MSW server of component tests; tests may add handlers (e.g. to simulate a failure). */
export const apiServer = setupServer(http.all('*/api/*', ({ request }) => app.fetch(request)));

// jsdom has no layout: scrolling is a no-op instead of a "not implemented" error.
window.scrollTo = () => undefined;

beforeAll(() => apiServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  apiServer.resetHandlers();
});
afterAll(() => apiServer.close());
