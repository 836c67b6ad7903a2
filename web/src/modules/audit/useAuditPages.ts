import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { Page } from '../../lib/api/types';
import type { AuditEvent, AuditFilters } from './auditTypes';

const PAGE_SIZE = 50;

/** A workspace's changes, newest first, a page at a time ("load more" follows `nextCursor`). */
export function useAuditPages(workspaceId: string, filters: AuditFilters, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['audit', workspaceId, filters],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<AuditEvent>>(`/workspaces/${encodeURIComponent(workspaceId)}/audit`, { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}
