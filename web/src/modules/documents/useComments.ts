import { useInfiniteQuery } from '@tanstack/react-query';
import { documentApi, documentKeys } from './documentApi';

export function useComments(documentId: string) {
  return useInfiniteQuery({
    queryKey: documentKeys.comments(documentId),
    queryFn: ({ pageParam, signal }) => documentApi.comments(documentId, { limit: 50, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
