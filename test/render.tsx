import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../src/app/App';

/** Renders the whole app at `path` with a fresh query client (no retries) and an in-memory router. */
export function renderApp(path = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  const result = render(<App queryClient={queryClient} router={(routes) => <MemoryRouter initialEntries={[path]}>{routes}</MemoryRouter>} />);
  return { ...result, queryClient };
}
