import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { exchangeApi, exchangeKeys, type ExchangeFilters } from './exchangeApi';

const PAGE_SIZE = 25;

/** Exchanges matching the filters, a page at a time; also the timeline of a partnership or network. */
export function exchangePagesQuery(filters: ExchangeFilters) {
  return pagedQuery(exchangeKeys.list(filters), (cursor, signal) => exchangeApi.list({ ...filters, limit: PAGE_SIZE, cursor }, signal));
}

export function useExchangePages(filters: ExchangeFilters) {
  return useInfiniteQuery({ ...exchangePagesQuery(filters), placeholderData: keepPreviousData });
}
