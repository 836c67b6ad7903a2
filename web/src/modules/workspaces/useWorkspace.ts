import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { WorkspaceDetail } from './workspaceTypes';

/** A workspace with its members (for its members only). */
export function useWorkspace(id: string | undefined) {
  return useQuery({
    queryKey: ['workspaces', 'detail', id],
    queryFn: ({ signal }) => apiGet<WorkspaceDetail>(`/workspaces/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}
