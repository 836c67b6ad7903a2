import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../api/apiGet';
import type { SessionInfo } from './sessionTypes';

/**
 * Who is signed in, their workspaces and the CSRF token. Loaded once at start, again when the
 * window regains focus after five minutes, and whenever sign-in, sign-up or sign-out change it.
 */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: ({ signal }) => apiGet<SessionInfo>('/auth/session', undefined, signal),
  staleTime: 5 * 60_000,
  refetchOnWindowFocus: true,
});
