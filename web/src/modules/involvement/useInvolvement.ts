import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { ActorCollection, InvolvementKind, InvolvementPage } from './involvementTypes';

const PAGE_SIZE = 10;

/** How many records of each kind the actor is involved in (in the year, when one is chosen). */
export function useInvolvementCounts(collection: ActorCollection, id: string, year: string) {
  return useQuery({
    queryKey: ['involvement', collection, id, 'counts', year],
    queryFn: ({ signal }) => apiGet<InvolvementPage>(`/${collection}/${encodeURIComponent(id)}/involvement`, { limit: 1, year: year || undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The records of one kind the actor is involved in, newest first, a page at a time. */
export function useInvolvementPages(collection: ActorCollection, id: string, kind: InvolvementKind, year: string) {
  return useInfiniteQuery({
    queryKey: ['involvement', collection, id, kind, year],
    queryFn: ({ pageParam, signal }) =>
      apiGet<InvolvementPage>(`/${collection}/${encodeURIComponent(id)}/involvement`, { kind, year: year || undefined, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
