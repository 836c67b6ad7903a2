import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { exchangeApi, exchangeKeys, type ExchangeFilters } from './exchangeApi';

const PAGE_SIZE = 25;

/** Exchanges matching the filters, a page at a time; also the timeline of a partnership or network. */
export function exchangePagesQuery(filters: ExchangeFilters) {
  return infiniteQueryOptions({
    queryKey: exchangeKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      exchangeApi.list({ ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function useExchangePages(filters: ExchangeFilters) {
  return useInfiniteQuery({ ...exchangePagesQuery(filters), placeholderData: keepPreviousData });
}
