import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { PartnershipDetail } from './partnershipTypes';

/** One partnership; shared by its page and the prefetch of its route. */
export function partnershipQuery(id: string | undefined) {
  return queryOptions({
    queryKey: ['partnerships', 'detail', id],
    queryFn: ({ signal }) => apiGet<PartnershipDetail>(`/partnerships/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function usePartnership(id: string | undefined) {
  return useQuery(partnershipQuery(id));
}
