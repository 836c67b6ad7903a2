import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { ProgrammeDetail } from './fundingTypes';

export function useProgramme(id: string | undefined) {
  return useQuery({
    queryKey: ['funding', 'programme', id],
    queryFn: ({ signal }) => apiGet<ProgrammeDetail>(`/funding-programmes/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}
