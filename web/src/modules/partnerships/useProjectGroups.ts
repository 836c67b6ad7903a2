import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { ProjectGroup } from './partnershipTypes';

/** The project groups of a partnership (nothing is asked without one). */
export function useProjectGroups(partnershipId: string | null | undefined) {
  return useQuery({
    queryKey: ['partnerships', 'project-groups', partnershipId],
    queryFn: ({ signal }) => apiGet<{ items: ProjectGroup[]; canEdit: boolean }>(`/partnerships/${partnershipId}/project-groups`, undefined, signal),
    enabled: Boolean(partnershipId),
  });
}
