import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { LinkedRecordType, RecordLink } from './recordLinkTypes';

/** The projects, plans and exchanges a record is linked with, both ways. */
export function useRecordLinks(recordType: LinkedRecordType, recordId: string) {
  return useQuery({
    queryKey: ['record-links', recordType, recordId],
    queryFn: ({ signal }) => apiGet<{ items: RecordLink[] }>('/record-links', { recordType, recordId }, signal),
  });
}
