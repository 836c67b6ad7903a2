import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { auditApi, auditKeys, type AuditFilters } from './auditApi';

const PAGE_SIZE = 50;

/** A workspace's changes, newest first, a page at a time ("load more" follows `nextCursor`). */
export function useAuditPages(workspaceId: string, filters: AuditFilters, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: auditKeys.log(workspaceId, filters),
    queryFn: ({ pageParam, signal }) => auditApi.log(workspaceId, { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}
