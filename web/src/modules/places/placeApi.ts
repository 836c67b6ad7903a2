import { api, dataOf } from '../../lib/api/client';
import type { DraftOf, QueryOf, ResponseOf } from '../../lib/api/contract';
import type { PlaceKind } from '../../lib/api/types';
import { recordKeys } from '../../lib/recordKeys';

export type PlaceSummary = ResponseOf<'/api/places'>['items'][number];
export type PlaceSuggestion = ResponseOf<'/api/places/autocomplete'>['items'][number];
export type PlaceDetail = ResponseOf<'/api/places/{id}'>;
export type PlaceInput = DraftOf<'/api/places', 'post'>;
export type PlaceFilters = Omit<QueryOf<'/api/places'>, 'limit' | 'cursor'>;

/** Kinds a user may create; countries come from the gazetteer. */
export const CREATABLE_PLACE_KINDS = ['district', 'quarter', 'area', 'municipality', 'state'] as const satisfies readonly PlaceKind[];
/** Countries of the partnerships this platform grew from, offered first in filters. */
export const FEATURED_COUNTRIES = ['DE', 'UA', 'XK', 'PL', 'AT', 'CH', 'MD', 'GE', 'ZA', 'IN', 'US'] as const;

/** Query keys of the places; every change invalidates `placeKeys.all`. */
export const placeKeys = recordKeys<PlaceFilters>('places');

export const placeApi = {
  list: (query: QueryOf<'/api/places'>, signal?: AbortSignal) => dataOf(api.GET('/api/places', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/places/{id}', { params: { path: { id } }, signal })),
  autocomplete: (query: QueryOf<'/api/places/autocomplete'>, signal?: AbortSignal) => dataOf(api.GET('/api/places/autocomplete', { params: { query }, signal })),

  create: (body: PlaceInput) => dataOf(api.POST('/api/places', { body })),
  update: (id: string, body: DraftOf<'/api/places/{id}', 'patch'>) => dataOf(api.PATCH('/api/places/{id}', { params: { path: { id } }, body })),
};
