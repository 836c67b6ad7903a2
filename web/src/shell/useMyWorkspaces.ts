import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api/apiGet';

export interface MyWorkspace {
  id: string;
  slug: string;
  name: string;
  role: 'owner' | 'coordinator' | 'member' | 'guest';
}

/** The workspaces the user may create records in (empty until signed in). */
export function useMyWorkspaces() {
  return useQuery({
    queryKey: ['workspaces', 'mine'],
    queryFn: ({ signal }) => apiGet<{ items: MyWorkspace[] }>('/workspaces', undefined, signal),
    select: (answer) => answer.items.filter((workspace) => workspace.role !== 'guest'),
  });
}
