import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { sessionQuery } from '../../lib/session/sessionQuery';

/**
 * After signing in, up or out (or joining or leaving a workspace): loads the session again and
 * drops every other cached answer, since what the user may see has changed with it.
 */
export function useSessionChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
    await queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== sessionQuery.queryKey[0] });
  }, [queryClient]);
}
