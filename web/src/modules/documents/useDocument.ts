import { useQuery } from '@tanstack/react-query';
import { recordQuery } from '../../lib/recordQuery';
import { documentApi, documentKeys } from './documentApi';
import { extractionPollInterval } from './extractionPollInterval';

/** A document; asked for again while its proposals are extracted in the background. */
export function useDocument(id: string | undefined) {
  return useQuery({
    ...recordQuery(documentKeys, documentApi.get, id),
    refetchInterval: (query) => extractionPollInterval([query.state.data?.extractionState]),
  });
}
