import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { documentApi, documentKeys, type DocumentFilters } from './documentApi';
import { extractionPollInterval } from './extractionPollInterval';

const PAGE_SIZE = 25;

/** Documents matching the filters, newest first, a page at a time; asked for again while proposals of any are extracted. */
export function useDocumentPages(filters: DocumentFilters) {
  return useInfiniteQuery({
    ...pagedQuery(documentKeys.list(filters), (cursor, signal) => documentApi.list({ ...filters, limit: PAGE_SIZE, cursor }, signal)),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => extractionPollInterval(query.state.data?.pages.flatMap((page) => page.items.map((item) => item.extractionState)) ?? []),
  });
}
