import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { networkApi, networkKeys, type NetworkFilters } from './networkApi';

const PAGE_SIZE = 25;

export function useNetworkPages(filters: NetworkFilters) {
  return useInfiniteQuery({
    ...pagedQuery(networkKeys.list(filters), (cursor, signal) => networkApi.list({ ...filters, limit: PAGE_SIZE, cursor }, signal)),
    placeholderData: keepPreviousData,
  });
}
