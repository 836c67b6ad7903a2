import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { partnershipApi, partnershipKeys, type PartnershipFilters } from './partnershipApi';

const PAGE_SIZE = 25;

/** Partnerships matching the filters, a page at a time (`fetchNextPage` follows `nextCursor`). */
export function partnershipPagesQuery(filters: PartnershipFilters) {
  return pagedQuery(partnershipKeys.list(filters), (cursor, signal) => partnershipApi.list({ ...filters, limit: PAGE_SIZE, cursor }, signal));
}

export function usePartnershipPages(filters: PartnershipFilters) {
  return useInfiniteQuery({ ...partnershipPagesQuery(filters), placeholderData: keepPreviousData });
}
