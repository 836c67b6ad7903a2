import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { Page } from '../../lib/api/types';
import type { PlanStatus, PlanSummary } from './planTypes';

/** Action plans, a page at a time. */
export function usePlanPages(filters: { status?: PlanStatus; partnershipId?: string }) {
  return useInfiniteQuery({
    queryKey: ['action-plans', 'list', filters],
    queryFn: ({ pageParam, signal }) => apiGet<Page<PlanSummary>>('/action-plans', { ...filters, limit: 25, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
