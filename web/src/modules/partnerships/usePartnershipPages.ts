import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { Page } from '../../lib/api/types';
import type { PartnershipFilters, PartnershipSummary } from './partnershipTypes';

const PAGE_SIZE = 25;

/** Partnerships matching the filters, a page at a time (`fetchNextPage` follows `nextCursor`). */
export function partnershipPagesQuery(filters: PartnershipFilters) {
  return infiniteQueryOptions({
    queryKey: ['partnerships', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<PartnershipSummary>>('/partnerships', { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function usePartnershipPages(filters: PartnershipFilters) {
  return useInfiniteQuery({ ...partnershipPagesQuery(filters), placeholderData: keepPreviousData });
}
