import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { DocumentDetail } from './documentTypes';
import { extractionPollInterval } from './extractionPollInterval';

/** A document; asked for again while its proposals are extracted in the background. */
export function useDocument(id: string | undefined) {
  return useQuery({
    queryKey: ['documents', 'detail', id],
    queryFn: ({ signal }) => apiGet<DocumentDetail>(`/documents/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
    refetchInterval: (query) => extractionPollInterval([query.state.data?.extractionState]),
  });
}
