import { api, dataOf } from '../../lib/api/client';
import type { DraftOf, QueryOf, ResponseOf } from '../../lib/api/contract';
import { recordKeys } from '../../lib/recordKeys';

export type PartnershipSummary = ResponseOf<'/api/partnerships'>['items'][number];
export type PartnershipDetail = ResponseOf<'/api/partnerships/{id}'>;
export type PartnershipKind = PartnershipSummary['kind'];
export type PartnershipStatus = PartnershipSummary['status'];
export type PartnershipLink = NonNullable<PartnershipDetail['parent']>;
/** A party is a place or an organization; a party being entered has no id yet. */
export type Party = Omit<PartnershipDetail['parties'][number], 'id'> & { id?: string };
export type ProjectGroup = ResponseOf<'/api/partnerships/{id}/project-groups'>['items'][number];
export type ProjectGroupStatus = ProjectGroup['status'];
export type ProjectGroupRole = ProjectGroup['members'][number]['role'];
/** An entry of a partnership's timeline: an exchange, a project group, and what later features add. */
export type TimelineEntry = ResponseOf<'/api/partnerships/{id}/timeline'>['items'][number];
export type PartnershipMapPage = ResponseOf<'/api/partnerships/map'>;
export type PartnershipMapItem = PartnershipMapPage['items'][number];
export type PartnershipFilters = Pick<QueryOf<'/api/partnerships'>, 'kind' | 'status' | 'placeId'>;

/** Query keys of the partnerships; every change invalidates `partnershipKeys.all`. */
export const partnershipKeys = {
  ...recordKeys<PartnershipFilters>('partnerships'),
  /** The first hundred by title, to choose from in forms. */
  choices: ['partnerships', 'choices'] as const,
  timeline: (id: string, includeChildren: boolean) => ['partnerships', 'timeline', id, includeChildren] as const,
  projectGroups: (id: string | null | undefined) => ['partnerships', 'project-groups', id] as const,
  map: (kind: PartnershipKind | undefined, status: PartnershipStatus | undefined) => ['partnerships', 'map', kind, status] as const,
};

const ofGroup = (id: string, groupId: string) => ({ params: { path: { id, groupId } } });

export const partnershipApi = {
  list: (query: QueryOf<'/api/partnerships'>, signal?: AbortSignal) => dataOf(api.GET('/api/partnerships', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/partnerships/{id}', { params: { path: { id } }, signal })),
  timeline: (id: string, query: QueryOf<'/api/partnerships/{id}/timeline'>, signal?: AbortSignal) => dataOf(api.GET('/api/partnerships/{id}/timeline', { params: { path: { id }, query }, signal })),
  map: (query: QueryOf<'/api/partnerships/map'>, signal?: AbortSignal) => dataOf(api.GET('/api/partnerships/map', { params: { query }, signal })),
  projectGroups: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/partnerships/{id}/project-groups', { params: { path: { id } }, signal })),

  create: (body: DraftOf<'/api/partnerships', 'post'>) => dataOf(api.POST('/api/partnerships', { body })),
  update: (id: string, body: DraftOf<'/api/partnerships/{id}', 'patch'>) => dataOf(api.PATCH('/api/partnerships/{id}', { params: { path: { id } }, body })),
  remove: (id: string) => dataOf(api.DELETE('/api/partnerships/{id}', { params: { path: { id } } })),
  addProjectGroup: (id: string, body: DraftOf<'/api/partnerships/{id}/project-groups', 'post'>) => dataOf(api.POST('/api/partnerships/{id}/project-groups', { params: { path: { id } }, body })),
  updateProjectGroup: (id: string, groupId: string, body: DraftOf<'/api/partnerships/{id}/project-groups/{groupId}', 'patch'>) =>
    dataOf(api.PATCH('/api/partnerships/{id}/project-groups/{groupId}', { ...ofGroup(id, groupId), body })),
  removeProjectGroup: (id: string, groupId: string) => dataOf(api.DELETE('/api/partnerships/{id}/project-groups/{groupId}', ofGroup(id, groupId))),
};
