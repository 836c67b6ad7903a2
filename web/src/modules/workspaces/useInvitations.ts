import { useQuery } from '@tanstack/react-query';
import { workspaceApi, workspaceKeys } from './workspaceApi';

/** The open invitations of a workspace (owners only). */
export function useInvitations(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: workspaceKeys.invitations(workspaceId),
    queryFn: ({ signal }) => workspaceApi.invitations(workspaceId, signal),
    enabled,
  });
}
