import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { MonitorDetail } from './areaTypes';

export function useMonitor(id: string | undefined) {
  return useQuery({
    queryKey: ['area-monitors', 'detail', id],
    queryFn: ({ signal }) => apiGet<MonitorDetail>(`/area-monitors/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}
