import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { ProgrammeDetail } from './programmeTypes';

export function useProgramme(id: string | undefined) {
  return useQuery({
    queryKey: ['programmes', 'detail', id],
    queryFn: ({ signal }) => apiGet<ProgrammeDetail>(`/programmes/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}
