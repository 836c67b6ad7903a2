import { useMutation, useQueryClient } from '@tanstack/react-query';
import { documentApi, documentKeys } from './documentApi';

/**
 * Asks for the proposals of a document to be found again. The server answers at once with the
 * extraction queued; the review and the document then poll until it is done.
 */
export function useExtractAgain(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => documentApi.extractAgain(documentId),
    onSuccess: async (review) => {
      queryClient.setQueryData(documentKeys.review(documentId), review);
      await queryClient.invalidateQueries({ queryKey: documentKeys.all, predicate: (query) => query.queryKey[1] !== 'review' });
    },
  });
}
