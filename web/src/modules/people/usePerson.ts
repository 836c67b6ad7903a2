import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { PersonDetail } from './personTypes';

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: ['people', 'detail', id],
    queryFn: ({ signal }) => apiGet<PersonDetail>(`/people/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}
