import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { OrganizationDetail } from './organizationTypes';

export function useOrganization(id: string | undefined) {
  return useQuery({
    queryKey: ['organizations', 'detail', id],
    queryFn: ({ signal }) => apiGet<OrganizationDetail>(`/organizations/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}
