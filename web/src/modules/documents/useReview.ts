import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import { extractionPollInterval } from './extractionPollInterval';
import type { Review } from './reviewTypes';

/** A document's proposals; asked for again while they are extracted in the background. */
export function useReview(documentId: string | undefined) {
  return useQuery({
    queryKey: ['documents', 'review', documentId],
    queryFn: ({ signal }) => apiGet<Review>(`/documents/${encodeURIComponent(documentId ?? '')}/review`, undefined, signal),
    enabled: Boolean(documentId),
    refetchInterval: (query) => extractionPollInterval([query.state.data?.document.extractionState]),
  });
}
