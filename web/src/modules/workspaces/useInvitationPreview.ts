import { useQuery } from '@tanstack/react-query';
import { workspaceApi, workspaceKeys } from './workspaceApi';

/** What an invitation link offers; the token itself is the permission to see it. */
export function useInvitationPreview(token: string | undefined) {
  return useQuery({
    queryKey: workspaceKeys.invitationPreview(token),
    queryFn: ({ signal }) => workspaceApi.invitationPreview(token ?? '', signal),
    enabled: Boolean(token),
  });
}
