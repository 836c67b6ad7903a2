import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { documentApi, documentKeys, type DocumentFilters } from './documentApi';
import { extractionPollInterval } from './extractionPollInterval';

const PAGE_SIZE = 25;

/** Documents matching the filters, newest first, a page at a time; asked for again while proposals of any are extracted. */
export function useDocumentPages(filters: DocumentFilters) {
  return useInfiniteQuery({
    queryKey: documentKeys.list(filters),
    queryFn: ({ pageParam, signal }) => documentApi.list({ ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => extractionPollInterval(query.state.data?.pages.flatMap((page) => page.items.map((item) => item.extractionState)) ?? []),
  });
}
