import { api, dataOf } from '../../lib/api/client';
import type { DraftOf, QueryOf, ResponseOf } from '../../lib/api/contract';
import type { OrganizationKind } from '../../lib/api/types';
import { recordKeys } from '../../lib/recordKeys';

export type OrganizationSummary = ResponseOf<'/api/organizations'>['items'][number];
export type OrganizationDetail = ResponseOf<'/api/organizations/{id}'>;
export type Member = OrganizationDetail['people'][number];
export type OrganizationFilters = Omit<QueryOf<'/api/organizations'>, 'limit' | 'cursor'>;
/** An organization as pickers and duplicate warnings show it: with what tells it from others of the same name. */
export type OrganizationCandidate = ResponseOf<'/api/organizations/autocomplete'>['items'][number];

/** Query keys of the organizations; every change invalidates `organizationKeys.all`. */
export const organizationKeys = {
  ...recordKeys<OrganizationFilters>('organizations'),
  /** The neighbourhood managements and the like seated in a place or its parts. */
  ofKindIn: (placeId: string, kind: OrganizationKind) => ['organizations', 'of-kind-in', placeId, kind] as const,
  similar: (wanted: { name: string; seatPlaceId: string | null }) => ['organizations', 'similar', wanted] as const,
};

export const organizationApi = {
  list: (query: QueryOf<'/api/organizations'>, signal?: AbortSignal) => dataOf(api.GET('/api/organizations', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/organizations/{id}', { params: { path: { id } }, signal })),
  autocomplete: (q: string, signal?: AbortSignal) => dataOf(api.GET('/api/organizations/autocomplete', { params: { query: { q } }, signal })),
  similar: (query: QueryOf<'/api/organizations/similar'>, signal?: AbortSignal) => dataOf(api.GET('/api/organizations/similar', { params: { query }, signal })),

  create: (body: DraftOf<'/api/organizations', 'post'>) => dataOf(api.POST('/api/organizations', { body })),
  update: (id: string, body: DraftOf<'/api/organizations/{id}', 'patch'>) => dataOf(api.PATCH('/api/organizations/{id}', { params: { path: { id } }, body })),
};

