import { useQuery } from '@tanstack/react-query';
import { networkApi, networkKeys } from './networkApi';

export function useNetwork(id: string | undefined) {
  return useQuery({
    queryKey: networkKeys.detail(id),
    queryFn: ({ signal }) => networkApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}
