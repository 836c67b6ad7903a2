import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { ExchangeDetail } from './exchangeTypes';

export function useExchange(id: string | undefined) {
  return useQuery({
    queryKey: ['exchanges', 'detail', id],
    queryFn: ({ signal }) => apiGet<ExchangeDetail>(`/exchanges/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}
