import { useQuery } from '@tanstack/react-query';
import { exchangeApi, exchangeKeys } from './exchangeApi';

export function useExchange(id: string | undefined) {
  return useQuery({
    queryKey: exchangeKeys.detail(id),
    queryFn: ({ signal }) => exchangeApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}
