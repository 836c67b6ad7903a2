import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { sessionQuery } from '../../lib/session/sessionQuery';

/** Loads the session again after a change to the account or its workspaces (name, role, membership). */
export function useRefreshSession(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
  }, [queryClient]);
}
