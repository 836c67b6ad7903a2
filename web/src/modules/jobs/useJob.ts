import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import { isJobRunning } from './isJobRunning';
import type { Job } from './jobTypes';

const POLL_MS = 1000;

/** A background job, asked for every second while it waits or works. */
export function useJob(id: string | undefined) {
  return useQuery({
    queryKey: ['jobs', id],
    queryFn: ({ signal }) => apiGet<Job>(`/jobs/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
    staleTime: 0,
    refetchInterval: (query) => (isJobRunning(query.state.data) ? POLL_MS : false),
  });
}
