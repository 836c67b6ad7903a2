import { useQuery } from '@tanstack/react-query';
import { planApi, planKeys } from './planApi';

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: planKeys.detail(id),
    queryFn: ({ signal }) => planApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}
