import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { InvitationPreview } from './workspaceTypes';

/** What an invitation link offers; the token itself is the permission to see it. */
export function useInvitationPreview(token: string | undefined) {
  return useQuery({
    queryKey: ['invitations', 'preview', token],
    queryFn: ({ signal }) => apiGet<InvitationPreview>(`/invitations/${encodeURIComponent(token ?? '')}`, undefined, signal),
    enabled: Boolean(token),
  });
}
