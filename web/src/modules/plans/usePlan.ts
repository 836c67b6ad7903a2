import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { PlanDetail } from './planTypes';

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: ['action-plans', 'detail', id],
    queryFn: ({ signal }) => apiGet<PlanDetail>(`/action-plans/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}
