import { api, dataOf } from '../../lib/api/client';
import type { DraftOf, QueryOf, ResponseOf } from '../../lib/api/contract';
import { recordKeys } from '../../lib/recordKeys';

export type NetworkSummary = ResponseOf<'/api/networks'>['items'][number];
export type NetworkDetail = ResponseOf<'/api/networks/{id}'>;
export type NetworkMember = NetworkDetail['members'][number];
export type NetworkKind = NetworkDetail['kind'];
export type NetworkCadence = NetworkDetail['cadence'];
export type NetworkFilters = Pick<QueryOf<'/api/networks'>, 'cadence'>;
/** Who is due to host a meeting on a date, and each member's hosting record. */
export type Rotation = ResponseOf<'/api/networks/{id}/rotation'>;
export type MeetingPlan = ResponseOf<'/api/networks/{id}/meetings', 'post'>;
export type NetworkBody = DraftOf<'/api/networks', 'post'>;
export type NetworkChanges = DraftOf<'/api/networks/{id}', 'patch'>;
export type MemberBody = DraftOf<'/api/networks/{id}/members', 'post'>;
export type MemberChanges = DraftOf<'/api/networks/{id}/members/{memberId}', 'patch'>;

/** Query keys of the networks; every change invalidates `networkKeys.all`. */
export const networkKeys = {
  ...recordKeys<NetworkFilters>('networks'),
  rotation: (id: string, date: string) => ['networks', 'rotation', id, date] as const,
};

const inNetwork = (id: string) => ({ params: { path: { id } } });
const ofMember = (id: string, memberId: string) => ({ params: { path: { id, memberId } } });

export const networkApi = {
  list: (query: QueryOf<'/api/networks'>, signal?: AbortSignal) => dataOf(api.GET('/api/networks', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/networks/{id}', { ...inNetwork(id), signal })),
  rotation: (id: string, date: string, signal?: AbortSignal) => dataOf(api.GET('/api/networks/{id}/rotation', { params: { path: { id }, query: { date } }, signal })),

  create: (body: NetworkBody) => dataOf(api.POST('/api/networks', { body })),
  update: (id: string, body: NetworkChanges) => dataOf(api.PATCH('/api/networks/{id}', { ...inNetwork(id), body })),
  planMeetings: (id: string, body: DraftOf<'/api/networks/{id}/meetings', 'post'>) => dataOf(api.POST('/api/networks/{id}/meetings', { ...inNetwork(id), body })),

  addMember: (id: string, body: MemberBody) => dataOf(api.POST('/api/networks/{id}/members', { ...inNetwork(id), body })),
  updateMember: (id: string, memberId: string, body: MemberChanges) => dataOf(api.PATCH('/api/networks/{id}/members/{memberId}', { ...ofMember(id, memberId), body })),
  removeMember: (id: string, memberId: string) => dataOf(api.DELETE('/api/networks/{id}/members/{memberId}', ofMember(id, memberId))),

  addUnavailability: (id: string, memberId: string, body: DraftOf<'/api/networks/{id}/members/{memberId}/unavailability', 'post'>) =>
    dataOf(
      api.POST('/api/networks/{id}/members/{memberId}/unavailability', {
        ...ofMember(id, memberId),
        body,
      }),
    ),
  removeUnavailability: (id: string, memberId: string, entryId: string) =>
    dataOf(api.DELETE('/api/networks/{id}/members/{memberId}/unavailability/{entryId}', { params: { path: { id, memberId, entryId } } })),
};

