import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { CityProvider } from '../features/city/CityProvider';
import { RenderSnapshotContext, type RenderSnapshot } from '../lib/renderSnapshot';
import { AppRoutes } from './routeTable';

interface AppProps {
  queryClient: QueryClient;
  /** The router element with the routes inside it: BrowserRouter in the app, StaticRouter on the server, MemoryRouter in tests. */
  router: (routes: ReactNode) => ReactNode;
  /** What the page was rendered for on the server (null when the browser renders on its own). */
  snapshot?: RenderSnapshot | null;
}

/** The app's providers around the routes. */
export function App({ queryClient, router, snapshot = null }: AppProps) {
  return (
    <RenderSnapshotContext value={snapshot}>
      <QueryClientProvider client={queryClient}>
        <CityProvider>{router(<AppRoutes />)}</CityProvider>
      </QueryClientProvider>
    </RenderSnapshotContext>
  );
}
