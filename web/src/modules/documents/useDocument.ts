import { useQuery } from '@tanstack/react-query';
import { documentApi, documentKeys } from './documentApi';
import { extractionPollInterval } from './extractionPollInterval';

/** A document; asked for again while its proposals are extracted in the background. */
export function useDocument(id: string | undefined) {
  return useQuery({
    queryKey: documentKeys.detail(id),
    queryFn: ({ signal }) => documentApi.get(id ?? '', signal),
    enabled: Boolean(id),
    refetchInterval: (query) => extractionPollInterval([query.state.data?.extractionState]),
  });
}
