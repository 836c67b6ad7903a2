import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api/apiGet';

interface Health {
  status: 'ok' | 'unavailable';
  version: string;
}

/** The server's health report; the footer shows its version. */
export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => apiGet<Health>('/health', undefined, signal),
    staleTime: Infinity,
  });
}
