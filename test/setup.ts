// Component tests talk to the real API: MSW hands every /api request to the Hono app, in
// process, over an in-memory database seeded with the demo corpus. No hand-written JSON.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createApp } from '../src/server/app';
import { createStore } from '../src/server/store/createStore';
import { openDatabase } from '../src/server/store/openDatabase';
import { createTestStore } from './testStore';

// jsdom knows <dialog open> but not its methods: the part the city picker uses (no focus trap, no Escape).
if (typeof Reflect.get(HTMLDialogElement.prototype, 'showModal') !== 'function') {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.open = true;
    },
    close(this: HTMLDialogElement) {
      if (!this.open) return;
      this.open = false;
      this.dispatchEvent(new Event('close'));
    },
  });
}

/** The database behind the API of component tests (tests may add articles to it). */
export const { store: apiStore } = await createTestStore();
const app = createApp({ store: apiStore, logError: () => undefined });

/** The real API over an empty database (to show what readers see before any news arrives). */
export function createEmptyApi() {
  return createApp({ store: createStore(openDatabase(':memory:')), logError: () => undefined });
}

/** The MSW server of component tests; tests may add handlers (e.g. to simulate a failure). */
export const apiServer = setupServer(http.all('*/api/*', ({ request }) => app.fetch(request)));

// findBy…/waitFor give up after 5 s, not 1 s: CI runs the whole suite on 2 cores, and code split
// into chunks (lazy pages, the feed's list) is transformed on first import.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: scrolling is a no-op instead of a "not implemented" error, and the window is
// tall enough that virtualised lists render every loaded row (tests that check windowing shrink it).
window.scrollTo = () => undefined;
const TALL_WINDOW = 100_000;

beforeAll(() => apiServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => Object.defineProperty(window, 'innerHeight', { value: TALL_WINDOW, configurable: true }));
afterEach(() => {
  cleanup();
  apiServer.resetHandlers();
});
afterAll(() => apiServer.close());
