import { useQuery } from '@tanstack/react-query';
import { programmeApi, programmeKeys } from './programmeApi';

export function useProgramme(id: string | undefined) {
  return useQuery({
    queryKey: programmeKeys.detail(id),
    queryFn: ({ signal }) => programmeApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}
