import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { MyWorkspace } from './workspaceTypes';

export function useMyWorkspaces() {
  return useQuery({
    queryKey: ['workspaces', 'mine'],
    queryFn: ({ signal }) => apiGet<{ items: MyWorkspace[] }>('/workspaces', undefined, signal),
  });
}
