import { useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { Page } from '../../lib/api/types';
import type { AuditEvent } from './auditApi';

const PAGE_SIZE = 20;

/** The changes of one record, newest first (`path` e.g. `/partnerships/<id>/history`). */
export function useRecordHistory(path: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['history', path],
    queryFn: ({ pageParam, signal }) => apiGet<Page<AuditEvent>>(path, { limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled,
  });
}
