import { useQuery } from '@tanstack/react-query';
import { partnershipApi, partnershipKeys } from './partnershipApi';

export function usePartnership(id: string | undefined) {
  return useQuery({
    queryKey: partnershipKeys.detail(id),
    queryFn: ({ signal }) => partnershipApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}
