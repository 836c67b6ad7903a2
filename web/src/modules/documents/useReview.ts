import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { Review } from './reviewTypes';

export function useReview(documentId: string | undefined) {
  return useQuery({
    queryKey: ['documents', 'review', documentId],
    queryFn: ({ signal }) => apiGet<Review>(`/documents/${encodeURIComponent(documentId ?? '')}/review`, undefined, signal),
    enabled: Boolean(documentId),
  });
}
