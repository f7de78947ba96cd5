import { onlineManager, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/** True for an API failure that a retry would not change (400, 404). */
export function isPermanentFailure(error: unknown): boolean {
  return error instanceof ApiError && error.isPermanent;
}

/**
 * The app's query client: lists fresh for 30 s; 400/404 answers are not retried, nor is a failed
 * request while the browser is offline (the page says so at once instead of waiting).
 * Queries run even offline ('offlineFirst'): the service worker may answer them with a kept copy.
 */
export function createQueryClient(): QueryClient {
  // react-query assumes it starts online and learns only from later events: a page opened offline
  // must start offline, or lists would not refresh when the connection returns.
  onlineManager.setOnline(navigator.onLine);
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 30 * 60_000,
        networkMode: 'offlineFirst',
        // A failure that will not change (a story that does not exist) is not asked again when a page
        // shows it again; the server renders such a failure, and the browser hydrates it as it was.
        retryOnMount: (query) => !isPermanentFailure(query.state.error),
        retry: (failures, error) =>
          !(error instanceof ApiError && (error.isPermanent || (error.kind === 'network' && !navigator.onLine))) && failures < 2,
      },
    },
  });
}
