import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../lib/api/client';

/** The query key of the server's health report. */
export const healthKeys = { report: ['health'] as const };

/** The server's health report; the footer shows its version. */
export function useHealth() {
  return useQuery({
    queryKey: healthKeys.report,
    queryFn: ({ signal }) => dataOf(api.GET('/api/health', { signal })),
    staleTime: Infinity,
  });
}
