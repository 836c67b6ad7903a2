import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { searchApi, searchKeys, type SearchFilters } from './searchApi';

/** Search results a page at a time (keyset); facets and corrections come with the first page. */
export function searchQuery(filters: SearchFilters) {
  return infiniteQueryOptions({
    queryKey: searchKeys.results(filters),
    queryFn: ({ pageParam, signal }) => searchApi.search({ ...filters, year: filters.year ? Number(filters.year) : undefined, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled: filters.q.trim() !== '',
  });
}

export function useSearch(filters: SearchFilters) {
  return useInfiniteQuery({ ...searchQuery(filters), placeholderData: keepPreviousData });
}
