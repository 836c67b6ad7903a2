import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { projectApi, projectKeys, type ProjectStatus } from './projectApi';

/** Projects, a page at a time. */
export function useProjectPages(status: ProjectStatus | undefined) {
  return useInfiniteQuery({
    queryKey: projectKeys.list(status),
    queryFn: ({ pageParam, signal }) => projectApi.list({ status, limit: 25, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
