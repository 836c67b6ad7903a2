import { api, dataOf } from '../../lib/api/client';
import type { DraftOf, QueryOf, ResponseOf } from '../../lib/api/contract';
import { recordKeys } from '../../lib/recordKeys';

export type ExchangeSummary = ResponseOf<'/api/exchanges'>['items'][number];
export type ExchangeDetail = ResponseOf<'/api/exchanges/{id}'>;
export type ExchangeKind = ExchangeSummary['kind'];
export type ExchangeStatus = ExchangeSummary['status'];
/** Where an exchange stands in a programme: part 2 of 3. */
export type SeriesPosition = NonNullable<ExchangeSummary['series']>;
export type Delegation = ExchangeDetail['delegations'][number];
export type DelegationSector = Delegation['sectors'][number];
export type OrganizationRole = ExchangeDetail['organizations'][number]['role'];
export type Stop = ExchangeDetail['stops'][number];
export type AgendaSession = ExchangeDetail['agenda'][number];
export type SessionKind = AgendaSession['kind'];
export type Outcome = ExchangeDetail['outcomes'][number];
export type OutcomeKind = Outcome['kind'];
export type OutcomeStatus = Outcome['status'];
export type Participation = ExchangeDetail['participation'];
export type Registration = ResponseOf<'/api/exchanges/{id}/registrations'>['items'][number];
export type RegistrationState = Registration['state'];
export type RegisterResult = ResponseOf<'/api/exchanges/{id}/registrations', 'post'>;
export type ParticipantSummary = ResponseOf<'/api/exchanges/{id}/participants/summary'>;
export type InvitationView = ResponseOf<'/api/registration-invitations/{token}'>;
export type ExchangeFilters = Pick<QueryOf<'/api/exchanges'>, 'kind' | 'status' | 'partnershipId' | 'networkId' | 'order'>;
type RegistrationChanges = DraftOf<'/api/exchanges/{id}/registrations/{registrationId}', 'patch'>;
/** The states an organiser may set by hand (invitations and the waiting list move by themselves). */
export type RegistrationMove = NonNullable<RegistrationChanges['state']>;

/** Time zones offered first when planning; any other IANA zone already set is kept. */
export const COMMON_TIME_ZONES = [
  'Europe/Berlin',
  'Europe/Kyiv',
  'Europe/Belgrade',
  'Europe/Warsaw',
  'Europe/Vienna',
  'Europe/Brussels',
  'Africa/Johannesburg',
  'America/New_York',
  'Asia/Kolkata',
  'UTC',
] as const;

/**
 * Query keys of the exchanges; every change invalidates `exchangeKeys.all`, a change of who takes
 * part `exchangeKeys.participants(id)` and `exchangeKeys.detail(id)`.
 */
export const exchangeKeys = {
  ...recordKeys<ExchangeFilters>('exchanges'),
  statistics: (filters: object) => ['exchanges', 'statistics', filters] as const,
  programmeCandidates: (partnershipId: string | undefined) => ['exchanges', 'programme-candidates', partnershipId] as const,
  participants: (id: string | undefined) => ['exchanges', 'participants', id] as const,
  participantSummary: (id: string) => ['exchanges', 'participants', id, 'summary'] as const,
  registrations: (id: string, state: RegistrationState | undefined) => ['exchanges', 'participants', id, 'list', state] as const,
  printList: (id: string | undefined) => ['exchanges', 'participants', id, 'print'] as const,
  checkInList: (id: string) => ['exchanges', 'participants', id, 'check-in'] as const,
  invitation: (token: string) => ['registration-invitations', token] as const,
};

const inExchange = (id: string) => ({ params: { path: { id } } });
const ofRegistration = (id: string, registrationId: string) => ({ params: { path: { id, registrationId } } });

export const exchangeApi = {
  list: (query: QueryOf<'/api/exchanges'>, signal?: AbortSignal) => dataOf(api.GET('/api/exchanges', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/exchanges/{id}', { ...inExchange(id), signal })),
  statistics: (query: QueryOf<'/api/exchanges/statistics'>, signal?: AbortSignal) => dataOf(api.GET('/api/exchanges/statistics', { params: { query }, signal })),
  participantSummary: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/exchanges/{id}/participants/summary', { ...inExchange(id), signal })),
  registrations: (id: string, query: QueryOf<'/api/exchanges/{id}/registrations'>, signal?: AbortSignal) =>
    dataOf(api.GET('/api/exchanges/{id}/registrations', { params: { path: { id }, query }, signal })),
  invitation: (token: string, signal?: AbortSignal) => dataOf(api.GET('/api/registration-invitations/{token}', { params: { path: { token } }, signal })),

  create: (body: DraftOf<'/api/exchanges', 'post'>) => dataOf(api.POST('/api/exchanges', { body })),
  update: (id: string, body: DraftOf<'/api/exchanges/{id}', 'patch'>) => dataOf(api.PATCH('/api/exchanges/{id}', { ...inExchange(id), body })),
  remove: (id: string) => dataOf(api.DELETE('/api/exchanges/{id}', inExchange(id))),

  addDelegation: (id: string, body: DraftOf<'/api/exchanges/{id}/delegations', 'post'>) => dataOf(api.POST('/api/exchanges/{id}/delegations', { ...inExchange(id), body })),
  updateDelegation: (id: string, delegationId: string, body: DraftOf<'/api/exchanges/{id}/delegations', 'post'>) =>
    dataOf(
      api.PATCH('/api/exchanges/{id}/delegations/{delegationId}', {
        params: { path: { id, delegationId } },
        body,
      }),
    ),
  removeDelegation: (id: string, delegationId: string) => dataOf(api.DELETE('/api/exchanges/{id}/delegations/{delegationId}', { params: { path: { id, delegationId } } })),

  addSession: (id: string, body: DraftOf<'/api/exchanges/{id}/sessions', 'post'>) => dataOf(api.POST('/api/exchanges/{id}/sessions', { ...inExchange(id), body })),
  updateSession: (id: string, sessionId: string, body: DraftOf<'/api/exchanges/{id}/sessions', 'post'>) =>
    dataOf(api.PATCH('/api/exchanges/{id}/sessions/{sessionId}', { params: { path: { id, sessionId } }, body })),
  removeSession: (id: string, sessionId: string) => dataOf(api.DELETE('/api/exchanges/{id}/sessions/{sessionId}', { params: { path: { id, sessionId } } })),

  addOutcome: (id: string, body: DraftOf<'/api/exchanges/{id}/outcomes', 'post'>) => dataOf(api.POST('/api/exchanges/{id}/outcomes', { ...inExchange(id), body })),
  updateOutcome: (id: string, outcomeId: string, body: DraftOf<'/api/exchanges/{id}/outcomes', 'post'>) =>
    dataOf(api.PATCH('/api/exchanges/{id}/outcomes/{outcomeId}', { params: { path: { id, outcomeId } }, body })),
  removeOutcome: (id: string, outcomeId: string) => dataOf(api.DELETE('/api/exchanges/{id}/outcomes/{outcomeId}', { params: { path: { id, outcomeId } } })),

  register: (id: string, body: DraftOf<'/api/exchanges/{id}/registrations', 'post'>) => dataOf(api.POST('/api/exchanges/{id}/registrations', { ...inExchange(id), body })),
  changeRegistration: (id: string, registrationId: string, body: RegistrationChanges) =>
    dataOf(
      api.PATCH('/api/exchanges/{id}/registrations/{registrationId}', {
        ...ofRegistration(id, registrationId),
        body,
      }),
    ),
  checkIn: (id: string, registrationId: string) => dataOf(api.POST('/api/exchanges/{id}/registrations/{registrationId}/check-in', ofRegistration(id, registrationId))),
  sendInvitation: (id: string, registrationId: string) => dataOf(api.POST('/api/exchanges/{id}/registrations/{registrationId}/invitation', ofRegistration(id, registrationId))),
  answerInvitation: (token: string, answer: 'confirm' | 'decline') => dataOf(api.POST('/api/registration-invitations/{token}', { params: { path: { token } }, body: { answer } })),
};
