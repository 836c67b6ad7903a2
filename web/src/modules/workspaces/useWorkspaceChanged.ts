import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useRefreshSession } from '../accounts/useRefreshSession';
import { workspaceKeys } from './workspaceApi';

/** After a change to a workspace's members or settings: its page, the lists and the session (roles, names) load again. */
export function useWorkspaceChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  const refreshSession = useRefreshSession();
  return useCallback(async () => {
    await Promise.all([queryClient.invalidateQueries({ queryKey: workspaceKeys.all }), refreshSession()]);
  }, [queryClient, refreshSession]);
}
