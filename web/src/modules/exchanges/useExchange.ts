import { queryOptions, useQuery } from '@tanstack/react-query';
import { exchangeApi, exchangeKeys } from './exchangeApi';

/** One exchange; shared by its page and the prefetch of its route. */
export function exchangeQuery(id: string | undefined) {
  return queryOptions({
    queryKey: exchangeKeys.detail(id),
    queryFn: ({ signal }) => exchangeApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}

export function useExchange(id: string | undefined) {
  return useQuery(exchangeQuery(id));
}
