import { useQuery } from '@tanstack/react-query';
import { recordLinkApi, recordLinkKeys, type LinkedRecordType } from './recordLinkApi';

/** The projects, plans and exchanges a record is linked with, both ways. */
export function useRecordLinks(recordType: LinkedRecordType, recordId: string) {
  return useQuery({
    queryKey: recordLinkKeys.of(recordType, recordId),
    queryFn: ({ signal }) => recordLinkApi.list(recordType, recordId, signal),
  });
}
