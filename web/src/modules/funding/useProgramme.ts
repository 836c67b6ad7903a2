import { useQuery } from '@tanstack/react-query';
import { fundingApi, fundingKeys } from './fundingApi';

export function useProgramme(id: string | undefined) {
  return useQuery({
    queryKey: fundingKeys.programme(id),
    queryFn: ({ signal }) => fundingApi.programme(id ?? '', signal),
    enabled: Boolean(id),
  });
}
