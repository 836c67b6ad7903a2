import { queryOptions, useQuery } from '@tanstack/react-query';
import { partnershipApi, partnershipKeys } from './partnershipApi';

/** One partnership; shared by its page and the prefetch of its route. */
export function partnershipQuery(id: string | undefined) {
  return queryOptions({
    queryKey: partnershipKeys.detail(id),
    queryFn: ({ signal }) => partnershipApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}

export function usePartnership(id: string | undefined) {
  return useQuery(partnershipQuery(id));
}
