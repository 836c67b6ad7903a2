import { useInfiniteQuery } from '@tanstack/react-query';
import { auditApi, auditKeys } from './auditApi';

const PAGE_SIZE = 20;

/** The changes of one record, newest first (`path` e.g. `/partnerships/<id>/history`). */
export function useRecordHistory(path: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: auditKeys.history(path),
    queryFn: ({ pageParam, signal }) => auditApi.history(path, { limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled,
  });
}
