import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/** The app's query client: lists fresh for 30 s; 400/404 answers are not retried. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 30 * 60_000,
        retry: (failures, error) => !(error instanceof ApiError && error.isPermanent) && failures < 2,
      },
    },
  });
}
