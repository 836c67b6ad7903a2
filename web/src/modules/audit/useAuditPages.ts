import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { auditApi, auditKeys, type AuditFilters } from './auditApi';

const PAGE_SIZE = 50;

/** A workspace's changes, newest first, a page at a time ("load more" follows `nextCursor`). */
export function useAuditPages(workspaceId: string, filters: AuditFilters, enabled: boolean) {
  return useInfiniteQuery({
    ...pagedQuery(auditKeys.log(workspaceId, filters), (cursor, signal) => auditApi.log(workspaceId, { ...filters, limit: PAGE_SIZE, cursor }, signal)),
    placeholderData: keepPreviousData,
    enabled,
  });
}
