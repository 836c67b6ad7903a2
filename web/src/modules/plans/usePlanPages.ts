import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { planApi, planKeys, type PlanStatus } from './planApi';

/** Action plans, a page at a time. */
export function usePlanPages(filters: { status?: PlanStatus; partnershipId?: string }) {
  return useInfiniteQuery({
    ...pagedQuery(planKeys.list(filters), (cursor, signal) => planApi.list({ ...filters, limit: 25, cursor }, signal)),
    placeholderData: keepPreviousData,
  });
}
