import { useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { CommentPage } from './documentTypes';

export function useComments(documentId: string) {
  return useInfiniteQuery({
    queryKey: ['documents', 'comments', documentId],
    queryFn: ({ pageParam, signal }) => apiGet<CommentPage>(`/documents/${documentId}/comments`, { limit: 50, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
