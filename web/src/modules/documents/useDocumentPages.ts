import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { Page } from '../../lib/api/types';
import type { DocumentFilters, DocumentSummary } from './documentTypes';
import { extractionPollInterval } from './extractionPollInterval';

const PAGE_SIZE = 25;

/** Documents matching the filters, newest first, a page at a time; asked for again while proposals of any are extracted. */
export function useDocumentPages(filters: DocumentFilters) {
  return useInfiniteQuery({
    queryKey: ['documents', 'list', filters],
    queryFn: ({ pageParam, signal }) => apiGet<Page<DocumentSummary>>('/documents', { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => extractionPollInterval(query.state.data?.pages.flatMap((page) => page.items.map((item) => item.extractionState)) ?? []),
  });
}
