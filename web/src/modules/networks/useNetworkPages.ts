import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { networkApi, networkKeys, type NetworkFilters } from './networkApi';

const PAGE_SIZE = 25;

export function useNetworkPages(filters: NetworkFilters) {
  return useInfiniteQuery({
    queryKey: networkKeys.list(filters),
    queryFn: ({ pageParam, signal }) => networkApi.list({ ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
