import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { Page } from '../../lib/api/types';
import type { PlaceFilters, PlaceSummary } from './placeTypes';

const PAGE_SIZE = 25;

/** Places matching the filters, a page at a time. */
export function usePlacePages(filters: PlaceFilters & { parentId?: string }, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['places', 'list', filters],
    queryFn: ({ pageParam, signal }) => apiGet<Page<PlaceSummary>>('/places', { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}
