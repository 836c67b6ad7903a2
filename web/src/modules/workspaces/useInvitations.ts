import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { Invitation } from './workspaceTypes';

/** The open invitations of a workspace (owners only). */
export function useInvitations(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['workspaces', 'invitations', workspaceId],
    queryFn: ({ signal }) => apiGet<{ items: Invitation[] }>(`/workspaces/${encodeURIComponent(workspaceId)}/invitations`, undefined, signal),
    enabled,
  });
}
