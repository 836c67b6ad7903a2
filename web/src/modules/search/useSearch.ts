import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { SearchFilters, SearchResult } from './searchTypes';

/** Search results a page at a time (keyset); facets and corrections come with the first page. */
export function searchQuery(filters: SearchFilters) {
  return infiniteQueryOptions({
    queryKey: ['search', filters],
    queryFn: ({ pageParam, signal }) => apiGet<SearchResult>('/search', { ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled: filters.q.trim() !== '',
  });
}

export function useSearch(filters: SearchFilters) {
  return useInfiniteQuery({ ...searchQuery(filters), placeholderData: keepPreviousData });
}
