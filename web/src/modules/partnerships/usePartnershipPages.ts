import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { partnershipApi, partnershipKeys, type PartnershipFilters } from './partnershipApi';

const PAGE_SIZE = 25;

/** Partnerships matching the filters, a page at a time (`fetchNextPage` follows `nextCursor`). */
export function partnershipPagesQuery(filters: PartnershipFilters) {
  return infiniteQueryOptions({
    queryKey: partnershipKeys.list(filters),
    queryFn: ({ pageParam, signal }) => partnershipApi.list({ ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function usePartnershipPages(filters: PartnershipFilters) {
  return useInfiniteQuery({ ...partnershipPagesQuery(filters), placeholderData: keepPreviousData });
}
