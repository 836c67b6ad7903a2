import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { searchApi, searchKeys, type SearchFilters } from './searchApi';

/** Search results a page at a time (keyset); facets and corrections come with the first page. */
export function searchQuery(filters: SearchFilters) {
  return infiniteQueryOptions({
    ...pagedQuery(searchKeys.results(filters), (cursor, signal) => searchApi.search({ ...filters, year: filters.year ? Number(filters.year) : undefined, cursor }, signal)),
    enabled: filters.q.trim() !== '',
  });
}

export function useSearch(filters: SearchFilters) {
  return useInfiniteQuery({ ...searchQuery(filters), placeholderData: keepPreviousData });
}
