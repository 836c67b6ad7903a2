import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/ApiError';

/** Client errors (4xx) are final; other failures are retried twice. */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 60_000, retry: shouldRetry, refetchOnWindowFocus: false },
  },
});
