import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../lib/api/apiSend';
import type { Review } from './reviewTypes';

/**
 * Asks for the proposals of a document to be found again. The server answers at once with the
 * extraction queued; the review and the document then poll until it is done.
 */
export function useExtractAgain(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend<Review>('POST', `/documents/${encodeURIComponent(documentId)}/review/extract`),
    onSuccess: async (review) => {
      queryClient.setQueryData(['documents', 'review', documentId], review);
      await queryClient.invalidateQueries({ queryKey: ['documents'], predicate: (query) => query.queryKey[1] !== 'review' });
    },
  });
}
