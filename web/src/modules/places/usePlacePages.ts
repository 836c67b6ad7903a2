import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { placeApi, placeKeys, type PlaceFilters } from './placeApi';

const PAGE_SIZE = 25;

/** Places matching the filters, a page at a time. */
export function usePlacePages(filters: PlaceFilters, enabled = true) {
  return useInfiniteQuery({
    ...pagedQuery(placeKeys.list(filters), (cursor, signal) => placeApi.list({ ...filters, limit: PAGE_SIZE, cursor }, signal)),
    placeholderData: keepPreviousData,
    enabled,
  });
}
