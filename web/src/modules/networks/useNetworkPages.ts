import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { Page } from '../../lib/api/types';
import type { NetworkFilters, NetworkSummary } from './networkTypes';

const PAGE_SIZE = 25;

export function useNetworkPages(filters: NetworkFilters) {
  return useInfiniteQuery({
    queryKey: ['networks', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<NetworkSummary>>('/networks', { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
