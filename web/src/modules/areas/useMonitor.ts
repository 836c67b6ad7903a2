import { useQuery } from '@tanstack/react-query';
import { areaApi, areaKeys } from './areaApi';

export function useMonitor(id: string | undefined) {
  return useQuery({
    queryKey: areaKeys.detail(id),
    queryFn: ({ signal }) => areaApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}
