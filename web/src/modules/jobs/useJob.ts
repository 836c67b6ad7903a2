import { useQuery } from '@tanstack/react-query';
import { isJobRunning } from './isJobRunning';
import { jobApi, jobKeys } from './jobApi';

const POLL_MS = 1000;

/** A background job, asked for every second while it waits or works. */
export function useJob(id: string | undefined) {
  return useQuery({
    queryKey: jobKeys.job(id),
    queryFn: ({ signal }) => jobApi.get(id ?? '', signal),
    enabled: Boolean(id),
    staleTime: 0,
    refetchInterval: (query) => (isJobRunning(query.state.data) ? POLL_MS : false),
  });
}
