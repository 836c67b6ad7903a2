import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { planApi, planKeys, type PlanStatus } from './planApi';

/** Action plans, a page at a time. */
export function usePlanPages(filters: { status?: PlanStatus; partnershipId?: string }) {
  return useInfiniteQuery({
    queryKey: planKeys.list(filters),
    queryFn: ({ pageParam, signal }) => planApi.list({ ...filters, limit: 25, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
