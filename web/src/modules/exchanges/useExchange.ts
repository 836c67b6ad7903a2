import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { ExchangeDetail } from './exchangeTypes';

/** One exchange; shared by its page and the prefetch of its route. */
export function exchangeQuery(id: string | undefined) {
  return queryOptions({
    queryKey: ['exchanges', 'detail', id],
    queryFn: ({ signal }) => apiGet<ExchangeDetail>(`/exchanges/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useExchange(id: string | undefined) {
  return useQuery(exchangeQuery(id));
}
