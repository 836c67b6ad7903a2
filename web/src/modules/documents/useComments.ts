import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { documentApi, documentKeys } from './documentApi';

export function useComments(documentId: string) {
  return useInfiniteQuery(pagedQuery(documentKeys.comments(documentId), (cursor, signal) => documentApi.comments(documentId, { limit: 50, cursor }, signal)));
}
