import { useQuery } from '@tanstack/react-query';
import { documentApi, documentKeys } from './documentApi';
import { extractionPollInterval } from './extractionPollInterval';

/** A document's proposals; asked for again while they are extracted in the background. */
export function useReview(documentId: string | undefined) {
  return useQuery({
    queryKey: documentKeys.review(documentId),
    queryFn: ({ signal }) => documentApi.review(documentId ?? '', signal),
    enabled: Boolean(documentId),
    refetchInterval: (query) => extractionPollInterval([query.state.data?.document.extractionState]),
  });
}
