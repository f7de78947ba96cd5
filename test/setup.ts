// Component tests talk to the real API: MSW hands every /api request to the Hono app, in
// process, over an in-memory database seeded with the demo corpus. No hand-written JSON.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createApp } from '../src/server/app';
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

const { store } = createTestStore();
const app = createApp({ store, logError: () => undefined });

/** The MSW server of component tests; tests may add handlers (e.g. to simulate a failure). */
export const apiServer = setupServer(http.all('*/api/*', ({ request }) => app.fetch(request)));

beforeAll(() => apiServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  apiServer.resetHandlers();
});
afterAll(() => apiServer.close());
