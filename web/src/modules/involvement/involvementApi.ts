import { api, dataOf } from '../../lib/api/client';
import type { QueryOf, ResponseOf } from '../../lib/api/contract';
import type { paths } from '../../lib/api/schema';

export type InvolvementPage = ResponseOf<'/api/organizations/{id}/involvement'>;
export type InvolvementEntry = InvolvementPage['items'][number];
export type InvolvementKind = InvolvementEntry['kind'];
/** The collections whose records have an involvement list: `/api/organizations/{id}/involvement` and so on. */
export type ActorCollection = keyof paths extends infer P ? (P extends `/api/${infer Collection}/{id}/involvement` ? Collection : never) : never;
type InvolvementQuery = QueryOf<'/api/organizations/{id}/involvement'>;

/** Query keys of what actors are involved in; a change of any record may change them (`involvementKeys.all`). */
export const involvementKeys = {
  all: ['involvement'] as const,
  counts: (collection: ActorCollection, id: string, year: string) => ['involvement', collection, id, 'counts', year] as const,
  pages: (collection: ActorCollection, id: string, kind: InvolvementKind, year: string) => ['involvement', collection, id, kind, year] as const,
};

export const involvementApi = {
  list: (collection: ActorCollection, id: string, query: InvolvementQuery, signal?: AbortSignal) =>
    dataOf(api.GET(`/api/${collection}/{id}/involvement`, { params: { path: { id }, query }, signal })),
};
