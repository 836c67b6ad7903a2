import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { placeApi, placeKeys, type PlaceFilters } from './placeApi';

const PAGE_SIZE = 25;

/** Places matching the filters, a page at a time. */
export function usePlacePages(filters: PlaceFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: placeKeys.list(filters),
    queryFn: ({ pageParam, signal }) => placeApi.list({ ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}
