import { useQuery } from '@tanstack/react-query';
import { partnershipApi, partnershipKeys } from './partnershipApi';

/** The project groups of a partnership (nothing is asked without one). */
export function useProjectGroups(partnershipId: string | null | undefined) {
  return useQuery({
    queryKey: partnershipKeys.projectGroups(partnershipId),
    queryFn: ({ signal }) => partnershipApi.projectGroups(partnershipId ?? '', signal),
    enabled: Boolean(partnershipId),
  });
}
