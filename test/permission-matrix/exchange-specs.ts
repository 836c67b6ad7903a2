import type { Db } from '../../src/core/db/client.js';
import { demoId } from '../../src/demo/demo-id.js';
import type { Cast } from './actors.js';
import type { RecordOwner } from './records.js';
import {
  createCalendarFeedOf,
  createDelegationOf,
  createExchangeRecord,
  createInvitationLink,
  createNetworkMemberOf,
  createNetworkRecord,
  createOutcomeOf,
  createPartnershipRecord,
  createPersonRecord,
  createProgrammePartOf,
  createProjectGroupOf,
  createRegistrationOf,
  createSessionOf,
  createUnavailabilityOf,
  createVisitProgrammeRecord,
} from './records.js';
import type { RouteSpec } from './route-specs.js';

const ownerOf = (cast: Cast): RecordOwner => ({ workspaceId: cast.workspaceId, creatorId: cast.userIds.creator! });

/**
 * A route on one part of an editable record (a network's member, a programme's part, an exchange's
 * registration): the record's owner adds the part for every attempt, and `url` names it under the record.
 */
const onPartOf = (
  record: RouteSpec['record'],
  createPart: (db: Db, recordId: string, owner: RecordOwner) => Promise<string>,
  ok: number,
  url: (recordId: string, partId: string) => string,
  payload?: unknown,
): RouteSpec => ({
  access: 'edit-record',
  ok,
  record,
  request: async ({ db, cast, recordId }) => ({ url: url(recordId, await createPart(db, recordId, ownerOf(cast))), payload }),
});

/** Planning exchanges: the programme, participants, calendars, project groups, timeline, map and network meetings. */
export const EXCHANGE_SPECS: Record<string, RouteSpec> = {
  'GET /api/partnerships/map': { access: 'anyone', ok: 200, request: () => ({ url: '/api/partnerships/map' }) },
  'GET /api/partnerships/:id/timeline': { access: 'read-record', ok: 200, record: createPartnershipRecord, request: ({ recordId }) => ({ url: `/api/partnerships/${recordId}/timeline` }) },
  'GET /api/partnerships/:id/calendar.ics': {
    access: 'read-record',
    ok: 200,
    record: createPartnershipRecord,
    request: ({ recordId }) => ({ url: `/api/partnerships/${recordId}/calendar.ics` }),
  },
  'GET /api/partnerships/:id/project-groups': {
    access: 'read-record',
    ok: 200,
    record: createPartnershipRecord,
    request: ({ recordId }) => ({ url: `/api/partnerships/${recordId}/project-groups` }),
  },
  'POST /api/partnerships/:id/project-groups': {
    access: 'edit-record',
    ok: 201,
    record: createPartnershipRecord,
    request: ({ recordId }) => ({ url: `/api/partnerships/${recordId}/project-groups`, payload: { title: { de: 'Neue Gruppe' } } }),
  },
  'PATCH /api/partnerships/:id/project-groups/:groupId': {
    access: 'edit-record',
    ok: 200,
    record: createPartnershipRecord,
    request: async ({ db, recordId }) => ({ url: `/api/partnerships/${recordId}/project-groups/${await createProjectGroupOf(db, recordId)}`, payload: { status: 'paused' } }),
  },
  'DELETE /api/partnerships/:id/project-groups/:groupId': {
    access: 'edit-record',
    ok: 204,
    record: createPartnershipRecord,
    request: async ({ db, recordId }) => ({ url: `/api/partnerships/${recordId}/project-groups/${await createProjectGroupOf(db, recordId)}` }),
  },

  'POST /api/networks': {
    access: 'create-in-workspace',
    ok: 201,
    request: ({ cast }) => ({ url: '/api/networks', payload: { workspaceId: cast.workspaceId, name: { de: 'Neues Netzwerk' }, kind: 'municipal', cadence: 'yearly' } }),
  },
  'PATCH /api/networks/:id': {
    access: 'edit-record',
    ok: 200,
    record: createNetworkRecord,
    freshRecord: true,
    request: ({ recordId }) => ({ url: `/api/networks/${recordId}`, payload: { archived: true } }),
  },
  'GET /api/networks/:id/history': {
    access: 'record-history',
    ok: 200,
    record: createNetworkRecord,
    request: ({ recordId }) => ({ url: `/api/networks/${recordId}/history` }),
  },
  'POST /api/networks/:id/members': {
    access: 'edit-record',
    ok: 201,
    record: createNetworkRecord,
    freshRecord: true,
    request: ({ recordId }) => ({ url: `/api/networks/${recordId}/members`, payload: { placeId: demoId('place:glauchau'), joinedOn: '2010-01-01' } }),
  },
  'PATCH /api/networks/:id/members/:memberId': onPartOf(createNetworkRecord, createNetworkMemberOf, 200, (id, member) => `/api/networks/${id}/members/${member}`, {
    joinedOn: '2012-05-01',
  }),
  'DELETE /api/networks/:id/members/:memberId': onPartOf(createNetworkRecord, createNetworkMemberOf, 200, (id, member) => `/api/networks/${id}/members/${member}`),
  'POST /api/networks/:id/members/:memberId/unavailability': onPartOf(
    createNetworkRecord,
    createNetworkMemberOf,
    201,
    (id, member) => `/api/networks/${id}/members/${member}/unavailability`,
    { from: '2026-05-01', to: '2026-05-31' },
  ),
  'DELETE /api/networks/:id/members/:memberId/unavailability/:entryId': {
    access: 'edit-record',
    ok: 204,
    record: createNetworkRecord,
    request: async ({ db, cast, recordId }) => {
      const memberId = await createNetworkMemberOf(db, recordId, ownerOf(cast));
      return { url: `/api/networks/${recordId}/members/${memberId}/unavailability/${await createUnavailabilityOf(db, memberId)}` };
    },
  },
  'GET /api/networks/:id/rotation': { access: 'read-record', ok: 200, record: createNetworkRecord, request: ({ recordId }) => ({ url: `/api/networks/${recordId}/rotation?date=2026-06-01` }) },
  'POST /api/networks/:id/meetings': {
    access: 'edit-record',
    ok: 201,
    record: createNetworkRecord,
    request: ({ recordId }) => ({ url: `/api/networks/${recordId}/meetings`, payload: { from: '2027-01-15' } }),
  },
  'GET /api/networks/:id/calendar.ics': { access: 'read-record', ok: 200, record: createNetworkRecord, request: ({ recordId }) => ({ url: `/api/networks/${recordId}/calendar.ics` }) },

  'GET /api/programmes': { access: 'anyone', ok: 200, request: () => ({ url: '/api/programmes' }) },
  'POST /api/programmes': {
    access: 'create-in-workspace',
    ok: 201,
    request: ({ cast }) => ({ url: '/api/programmes', payload: { workspaceId: cast.workspaceId, title: { de: 'Besuchsprogramm' }, plannedParts: 3 } }),
  },
  'GET /api/programmes/:id': { access: 'read-record', ok: 200, record: createVisitProgrammeRecord, request: ({ recordId }) => ({ url: `/api/programmes/${recordId}` }) },
  'PATCH /api/programmes/:id': {
    access: 'edit-record',
    ok: 200,
    record: createVisitProgrammeRecord,
    request: ({ recordId }) => ({ url: `/api/programmes/${recordId}`, payload: { title: { de: 'Umbenannt' } } }),
  },
  'DELETE /api/programmes/:id': {
    access: 'edit-record',
    ok: 204,
    record: createVisitProgrammeRecord,
    freshRecord: true,
    request: ({ recordId }) => ({ url: `/api/programmes/${recordId}` }),
  },
  'GET /api/programmes/:id/history': {
    access: 'record-history',
    ok: 200,
    record: createVisitProgrammeRecord,
    request: ({ recordId }) => ({ url: `/api/programmes/${recordId}/history` }),
  },
  'POST /api/programmes/:id/parts': {
    access: 'edit-record',
    ok: 201,
    record: createVisitProgrammeRecord,
    request: ({ recordId }) => ({
      url: `/api/programmes/${recordId}/parts`,
      payload: { exchange: { kind: 'delegation_visit', title: { de: 'Neuer Teil' }, startDate: '2026-06-01', endDate: '2026-06-03' } },
    }),
  },
  'PUT /api/programmes/:id/parts': {
    access: 'edit-record',
    ok: 200,
    record: createVisitProgrammeRecord,
    freshRecord: true,
    request: async ({ db, cast, recordId }) => ({ url: `/api/programmes/${recordId}/parts`, payload: { exchangeIds: [await createProgrammePartOf(db, recordId, ownerOf(cast))] } }),
  },
  'DELETE /api/programmes/:id/parts/:exchangeId': onPartOf(createVisitProgrammeRecord, createProgrammePartOf, 200, (id, part) => `/api/programmes/${id}/parts/${part}`),

  'POST /api/exchanges': {
    access: 'create-in-workspace',
    ok: 201,
    request: ({ cast }) => ({ url: '/api/exchanges', payload: { workspaceId: cast.workspaceId, kind: 'workshop', title: { de: 'Neu' }, startDate: '2026-04-01', endDate: '2026-04-02' } }),
  },
  'GET /api/exchanges/statistics': { access: 'anyone', ok: 200, request: () => ({ url: '/api/exchanges/statistics' }) },
  'GET /api/start': { access: 'anyone', ok: 200, request: () => ({ url: '/api/start' }) },
  'PATCH /api/exchanges/:id': {
    access: 'edit-record',
    ok: 200,
    record: createExchangeRecord,
    freshRecord: true,
    request: ({ recordId }) => ({ url: `/api/exchanges/${recordId}`, payload: { status: 'confirmed' } }),
  },
  'DELETE /api/exchanges/:id': { access: 'edit-record', ok: 204, record: createExchangeRecord, freshRecord: true, request: ({ recordId }) => ({ url: `/api/exchanges/${recordId}` }) },
  'GET /api/exchanges/:id/history': { access: 'record-history', ok: 200, record: createExchangeRecord, request: ({ recordId }) => ({ url: `/api/exchanges/${recordId}/history` }) },
  'GET /api/exchanges/:id/calendar.ics': { access: 'read-record', ok: 200, record: createExchangeRecord, request: ({ recordId }) => ({ url: `/api/exchanges/${recordId}/calendar.ics` }) },

  'POST /api/exchanges/:id/sessions': {
    access: 'edit-record',
    ok: 201,
    record: createExchangeRecord,
    request: ({ recordId }) => ({ url: `/api/exchanges/${recordId}/sessions`, payload: { day: '2026-03-02', startsAt: '09:00', kind: 'talk', title: { de: 'Begrüßung' } } }),
  },
  'PATCH /api/exchanges/:id/sessions/:sessionId': {
    access: 'edit-record',
    ok: 200,
    record: createExchangeRecord,
    request: async ({ db, recordId }) => ({ url: `/api/exchanges/${recordId}/sessions/${await createSessionOf(db, recordId)}`, payload: { room: 'Saal 1' } }),
  },
  'DELETE /api/exchanges/:id/sessions/:sessionId': {
    access: 'edit-record',
    ok: 204,
    record: createExchangeRecord,
    request: async ({ db, recordId }) => ({ url: `/api/exchanges/${recordId}/sessions/${await createSessionOf(db, recordId)}` }),
  },
  'POST /api/exchanges/:id/delegations': {
    access: 'edit-record',
    ok: 201,
    record: createExchangeRecord,
    request: ({ recordId }) => ({ url: `/api/exchanges/${recordId}/delegations`, payload: { fromPlaceId: demoId('place:kyiv'), size: 2 } }),
  },
  'PATCH /api/exchanges/:id/delegations/:delegationId': {
    access: 'edit-record',
    ok: 200,
    record: createExchangeRecord,
    request: async ({ db, recordId }) => ({ url: `/api/exchanges/${recordId}/delegations/${await createDelegationOf(db, recordId)}`, payload: { size: 3 } }),
  },
  'DELETE /api/exchanges/:id/delegations/:delegationId': {
    access: 'edit-record',
    ok: 204,
    record: createExchangeRecord,
    request: async ({ db, recordId }) => ({ url: `/api/exchanges/${recordId}/delegations/${await createDelegationOf(db, recordId)}` }),
  },
  'POST /api/exchanges/:id/outcomes': {
    access: 'edit-record',
    ok: 201,
    record: createExchangeRecord,
    request: ({ recordId }) => ({ url: `/api/exchanges/${recordId}/outcomes`, payload: { kind: 'decision', text: { de: 'Beschlossen' } } }),
  },
  'PATCH /api/exchanges/:id/outcomes/:outcomeId': {
    access: 'edit-record',
    ok: 200,
    record: createExchangeRecord,
    request: async ({ db, recordId }) => ({ url: `/api/exchanges/${recordId}/outcomes/${await createOutcomeOf(db, recordId)}`, payload: { status: 'done' } }),
  },
  'DELETE /api/exchanges/:id/outcomes/:outcomeId': {
    access: 'edit-record',
    ok: 204,
    record: createExchangeRecord,
    request: async ({ db, recordId }) => ({ url: `/api/exchanges/${recordId}/outcomes/${await createOutcomeOf(db, recordId)}` }),
  },

  'GET /api/exchanges/:id/registrations': {
    access: 'read-participants',
    ok: 200,
    record: createExchangeRecord,
    request: ({ recordId }) => ({ url: `/api/exchanges/${recordId}/registrations` }),
  },
  'GET /api/exchanges/:id/participants.csv': {
    access: 'read-participants',
    ok: 200,
    record: createExchangeRecord,
    request: ({ recordId }) => ({ url: `/api/exchanges/${recordId}/participants.csv` }),
  },
  'GET /api/exchanges/:id/participants/summary': {
    access: 'read-record',
    ok: 200,
    record: createExchangeRecord,
    request: ({ recordId }) => ({ url: `/api/exchanges/${recordId}/participants/summary` }),
  },
  'POST /api/exchanges/:id/registrations': {
    access: 'edit-record',
    ok: 201,
    record: createExchangeRecord,
    request: async ({ db, cast, recordId }) => ({ url: `/api/exchanges/${recordId}/registrations`, payload: { personIds: [await createPersonRecord(db, ownerOf(cast), 'public')] } }),
  },
  'PATCH /api/exchanges/:id/registrations/:registrationId': onPartOf(
    createExchangeRecord,
    createRegistrationOf,
    200,
    (id, registration) => `/api/exchanges/${id}/registrations/${registration}`,
    { state: 'confirmed' },
  ),
  'POST /api/exchanges/:id/registrations/:registrationId/check-in': onPartOf(
    createExchangeRecord,
    createRegistrationOf,
    200,
    (id, registration) => `/api/exchanges/${id}/registrations/${registration}/check-in`,
  ),
  'POST /api/exchanges/:id/registrations/:registrationId/invitation': onPartOf(
    createExchangeRecord,
    createRegistrationOf,
    200,
    (id, registration) => `/api/exchanges/${id}/registrations/${registration}/invitation`,
  ),

  'GET /api/registration-invitations/:token': {
    access: 'anyone',
    ok: 200,
    request: async ({ db, cast }) => ({ url: `/api/registration-invitations/${await createInvitationLink(db, ownerOf(cast))}` }),
  },
  'POST /api/registration-invitations/:token': {
    access: 'anyone',
    ok: 200,
    request: async ({ db, cast }) => ({ url: `/api/registration-invitations/${await createInvitationLink(db, ownerOf(cast))}`, payload: { answer: 'confirm' } }),
  },

  'GET /api/calendar-feeds/:token.ics': {
    access: 'anyone',
    ok: 200,
    request: async ({ db, cast }) => ({ url: `/api/calendar-feeds/${await createCalendarFeedOf(db, cast.userIds.creator!)}.ics` }),
  },
  'GET /api/me/calendar-feed': { access: 'signed-in', ok: 200, request: () => ({ url: '/api/me/calendar-feed' }) },
  'POST /api/me/calendar-feed': { access: 'signed-in', ok: 201, request: () => ({ url: '/api/me/calendar-feed' }) },
  'DELETE /api/me/calendar-feed': {
    access: 'signed-in',
    ok: 204,
    request: async ({ db, cast, actor }) => {
      const userId = cast.userIds[actor];
      if (userId) await createCalendarFeedOf(db, userId);
      return { url: '/api/me/calendar-feed' };
    },
  },
};
