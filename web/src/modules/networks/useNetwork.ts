import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { NetworkDetail } from './networkTypes';

export function useNetwork(id: string | undefined) {
  return useQuery({
    queryKey: ['networks', 'detail', id],
    queryFn: ({ signal }) => apiGet<NetworkDetail>(`/networks/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}
