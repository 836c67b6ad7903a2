import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { SearchFilters, SearchResult } from './searchTypes';

/** Search results a page at a time (keyset); facets and corrections come with the first page. */
export function useSearch(filters: SearchFilters) {
  return useInfiniteQuery({
    queryKey: ['search', filters],
    queryFn: ({ pageParam, signal }) => apiGet<SearchResult>('/search', { ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled: filters.q.trim() !== '',
    placeholderData: keepPreviousData,
  });
}
