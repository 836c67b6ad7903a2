import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { involvementApi, involvementKeys, type ActorCollection, type InvolvementKind } from './involvementApi';

const PAGE_SIZE = 10;

/** How many records of each kind the actor is involved in (in the year, when one is chosen). */
export function useInvolvementCounts(collection: ActorCollection, id: string, year: string) {
  return useQuery({
    queryKey: involvementKeys.counts(collection, id, year),
    queryFn: ({ signal }) => involvementApi.list(collection, id, { limit: 1, year: year ? Number(year) : undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The records of one kind the actor is involved in, newest first, a page at a time. */
export function useInvolvementPages(collection: ActorCollection, id: string, kind: InvolvementKind, year: string) {
  return useInfiniteQuery(pagedQuery(involvementKeys.pages(collection, id, kind, year), (cursor, signal) => involvementApi.list(collection, id, { kind, year: year ? Number(year) : undefined, limit: PAGE_SIZE, cursor }, signal)));
}
