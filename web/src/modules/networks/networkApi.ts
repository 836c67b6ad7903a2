import { api, dataOf } from '../../lib/api/client';
import type { BodyOf, Draft, QueryOf, ResponseOf } from '../../lib/api/contract';
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
export type NetworkBody = Draft<BodyOf<'/api/networks', 'post'>>;
export type NetworkChanges = Draft<BodyOf<'/api/networks/{id}', 'patch'>>;
export type MemberBody = Draft<BodyOf<'/api/networks/{id}/members', 'post'>>;
export type MemberChanges = Draft<BodyOf<'/api/networks/{id}/members/{memberId}', 'patch'>>;
type UnavailabilityBody = Draft<BodyOf<'/api/networks/{id}/members/{memberId}/unavailability', 'post'>>;
type MeetingPlanBody = Draft<BodyOf<'/api/networks/{id}/meetings', 'post'>>;

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

  create: (body: NetworkBody) => dataOf(api.POST('/api/networks', { body: body as BodyOf<'/api/networks', 'post'> })),
  update: (id: string, body: NetworkChanges) => dataOf(api.PATCH('/api/networks/{id}', { ...inNetwork(id), body: body as BodyOf<'/api/networks/{id}', 'patch'> })),
  planMeetings: (id: string, body: MeetingPlanBody) =>
    dataOf(api.POST('/api/networks/{id}/meetings', { ...inNetwork(id), body: body as BodyOf<'/api/networks/{id}/meetings', 'post'> })),

  addMember: (id: string, body: MemberBody) =>
    dataOf(api.POST('/api/networks/{id}/members', { ...inNetwork(id), body: body as BodyOf<'/api/networks/{id}/members', 'post'> })),
  updateMember: (id: string, memberId: string, body: MemberChanges) =>
    dataOf(api.PATCH('/api/networks/{id}/members/{memberId}', { ...ofMember(id, memberId), body: body as BodyOf<'/api/networks/{id}/members/{memberId}', 'patch'> })),
  removeMember: (id: string, memberId: string) => dataOf(api.DELETE('/api/networks/{id}/members/{memberId}', ofMember(id, memberId))),

  addUnavailability: (id: string, memberId: string, body: UnavailabilityBody) =>
    dataOf(
      api.POST('/api/networks/{id}/members/{memberId}/unavailability', {
        ...ofMember(id, memberId),
        body: body as BodyOf<'/api/networks/{id}/members/{memberId}/unavailability', 'post'>,
      }),
    ),
  removeUnavailability: (id: string, memberId: string, entryId: string) =>
    dataOf(api.DELETE('/api/networks/{id}/members/{memberId}/unavailability/{entryId}', { params: { path: { id, memberId, entryId } } })),
};

