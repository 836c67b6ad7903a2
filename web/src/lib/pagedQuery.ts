import { infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';

/**
 * The query of a list read a page at a time: `fetchPage` is given the cursor of the page to read,
 * and "load more" follows the `nextCursor` of the last page. Spread it into `useInfiniteQuery`
 * with what else the list needs (`placeholderData`, `enabled`, polling).
 */
export function pagedQuery<Page extends { nextCursor?: string | null }>(queryKey: QueryKey, fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<Page>) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
