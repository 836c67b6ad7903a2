import { useQuery } from '@tanstack/react-query';
import { planApi, planKeys } from './planApi';

export type { UpcomingDeadline } from './planApi';

/** The next deadlines of the funding programmes the viewer can see. */
export function useUpcomingDeadlines(limit = 5) {
  return useQuery({ queryKey: planKeys.upcomingDeadlines(limit), queryFn: ({ signal }) => planApi.upcomingDeadlines(limit, signal) });
}
