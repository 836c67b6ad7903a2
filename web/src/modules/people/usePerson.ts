import { useQuery } from '@tanstack/react-query';
import { personApi, personKeys } from './personApi';

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: personKeys.detail(id),
    queryFn: ({ signal }) => personApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}
