import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { auditApi, auditKeys } from './auditApi';

const PAGE_SIZE = 20;

/** The changes of one record, newest first (`path` e.g. `/partnerships/<id>/history`). */
export function useRecordHistory(path: string, enabled: boolean) {
  return useInfiniteQuery({
    ...pagedQuery(auditKeys.history(path), (cursor, signal) => auditApi.history(path, { limit: PAGE_SIZE, cursor }, signal)),
    enabled,
  });
}
