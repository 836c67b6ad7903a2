import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { PartnershipDetail } from './partnershipTypes';

export function usePartnership(id: string | undefined) {
  return useQuery({
    queryKey: ['partnerships', 'detail', id],
    queryFn: ({ signal }) => apiGet<PartnershipDetail>(`/partnerships/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}
