import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { CityProvider } from '../features/city/CityProvider';
import { AppRoutes } from './router';

interface AppProps {
  queryClient: QueryClient;
  /** The router element (BrowserRouter in the app, MemoryRouter in tests); the routes go inside it. */
  router: (routes: ReactNode) => ReactNode;
}

/** The app's providers around the routes. */
export function App({ queryClient, router }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <CityProvider>{router(<AppRoutes />)}</CityProvider>
    </QueryClientProvider>
  );
}
