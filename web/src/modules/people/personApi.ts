import { api, dataOf } from '../../lib/api/client';
import type { DraftOf, QueryOf, ResponseOf } from '../../lib/api/contract';
import { recordKeys } from '../../lib/recordKeys';

export type PersonSummary = ResponseOf<'/api/people'>['items'][number];
export type PersonDetail = ResponseOf<'/api/people/{id}'>;
export type Affiliation = PersonDetail['affiliations'][number];
export type ConsentBasis = NonNullable<PersonDetail['consent']>['basis'];
/** How other records show a person they link to. */
export type PersonRef = NonNullable<ResponseOf<'/api/networks/{id}'>['members'][number]['contactPerson']>;
/** A person as a duplicate warning shows them: with their current organizations and workspace. */
export type PersonCandidate = ResponseOf<'/api/people/similar'>['items'][number];
export type PersonFilters = Omit<QueryOf<'/api/people'>, 'limit' | 'cursor'>;

/** Query keys of the people; every change invalidates `personKeys.all`. */
export const personKeys = {
  ...recordKeys<PersonFilters>('people'),
  similar: (wanted: { givenName: string; familyName: string }) => ['people', 'similar', wanted] as const,
};

export const personApi = {
  list: (query: QueryOf<'/api/people'>, signal?: AbortSignal) => dataOf(api.GET('/api/people', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/people/{id}', { params: { path: { id } }, signal })),
  similar: (query: QueryOf<'/api/people/similar'>, signal?: AbortSignal) => dataOf(api.GET('/api/people/similar', { params: { query }, signal })),

  create: (body: DraftOf<'/api/people', 'post'>) => dataOf(api.POST('/api/people', { body })),
  update: (id: string, body: DraftOf<'/api/people/{id}', 'patch'>) => dataOf(api.PATCH('/api/people/{id}', { params: { path: { id } }, body })),
  erase: (id: string) => dataOf(api.POST('/api/people/{id}/erase', { params: { path: { id } } })),
};
