import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import { MemoryRouter, useLocation, useNavigationType, type Location, type NavigationType } from 'react-router';
import { App } from '../src/app/App';
import { createQueryClient } from '../src/app/queryClient';

/**
 * Renders the whole app at `path` in StrictMode (as main.tsx does), with a fresh query client
 * (the app's, without retries) and an in-memory router; `router.location` is the current location as the app
 * navigates, and `router.navigationType` how it got there (PUSH, REPLACE or POP).
 */
export function renderApp(path = '/') {
  // The app's own query client (network mode, staleness), without retries so failures show at once.
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false, gcTime: Infinity } });
  const router = { location: undefined as Location | undefined, navigationType: undefined as NavigationType | undefined };
  function LocationProbe() {
    router.location = useLocation();
    router.navigationType = useNavigationType();
    return null;
  }
  const result = render(
    <StrictMode>
      <App
        queryClient={queryClient}
        router={(routes) => (
          <MemoryRouter initialEntries={[path]}>
            {routes}
            <LocationProbe />
          </MemoryRouter>
        )}
      />
    </StrictMode>,
  );
  return { ...result, queryClient, router: router as { location: Location; navigationType: NavigationType } };
}
