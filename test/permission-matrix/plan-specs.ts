import { demoId } from '../../src/demo/demo-id.js';
import type { Cast } from './actors.js';
import { createActivePlanRecord, createExpenditureRecord, createGrantRecord, createHalfAgreedPlanRecord, createMonitorRecord, createPlanRecord, createProgrammeRecord, createProjectRecord, createReportedPlanRecord, createSelectedMonitorRecord, firstMeasure, prioritiesOf, progressOf, selectionOf, sidesOf } from './plan-records.js';
import { createPartnershipRecord } from './records.js';
import type { RouteSpec } from './route-specs.js';

const ownerOf = (cast: Cast) => ({ workspaceId: cast.workspaceId, creatorId: cast.userIds.creator! });
const plan = (path = '') => ({ record: createPlanRecord, request: ({ recordId }: { recordId: string }) => ({ url: `/api/action-plans/${recordId}${path}` }) });

/** Joint action plans, projects, funding and area monitoring. */
export const PLAN_SPECS: Record<string, RouteSpec> = {
  'GET /api/action-plans': { access: 'anyone', ok: 200, request: () => ({ url: '/api/action-plans' }) },
  'POST /api/action-plans': {
    access: 'create-in-workspace',
    ok: 201,
    request: async ({ db, cast }) => ({
      url: '/api/action-plans',
      payload: { workspaceId: cast.workspaceId, title: { de: 'Neuer Plan' }, partnershipId: await createPartnershipRecord(db, ownerOf(cast), 'public'), periodStart: '2020-01-01', periodEnd: '2022-12-31' },
    }),
  },
  'GET /api/action-plans/:id': { access: 'read-record', ok: 200, ...plan() },
  'PATCH /api/action-plans/:id': { access: 'edit-record', ok: 200, freshRecord: true, record: createPlanRecord, request: ({ recordId }) => ({ url: `/api/action-plans/${recordId}`, payload: { summary: { de: 'Neu' } } }) },
  'DELETE /api/action-plans/:id': { access: 'edit-record', ok: 204, freshRecord: true, ...plan() },
  'GET /api/action-plans/:id/history': { access: 'record-history', ok: 200, ...plan('/history') },
  'POST /api/action-plans/:id/priorities': {
    access: 'edit-record',
    ok: 201,
    freshRecord: true,
    record: createPlanRecord,
    request: ({ recordId }) => ({ url: `/api/action-plans/${recordId}/priorities`, payload: { title: { de: 'Schulen als Orte für das Quartier' } } }),
  },
  'PATCH /api/action-plans/:id/priorities/:priorityId': {
    access: 'edit-record',
    ok: 200,
    freshRecord: true,
    record: createPlanRecord,
    request: async ({ db, recordId }) => ({ url: `/api/action-plans/${recordId}/priorities/${(await prioritiesOf(db, recordId))[0]!.id}`, payload: { description: { de: 'Neu' } } }),
  },
  'DELETE /api/action-plans/:id/priorities/:priorityId': {
    access: 'edit-record',
    ok: 200,
    freshRecord: true,
    record: createPlanRecord,
    request: async ({ db, recordId }) => ({ url: `/api/action-plans/${recordId}/priorities/${(await prioritiesOf(db, recordId))[1]!.id}` }),
  },
  'POST /api/action-plans/:id/measures': {
    access: 'edit-record',
    ok: 201,
    freshRecord: true,
    record: createPlanRecord,
    request: async ({ db, recordId }) => ({ url: `/api/action-plans/${recordId}/measures`, payload: { priorityId: (await prioritiesOf(db, recordId))[0]!.id, title: { de: 'Neue Maßnahme' } } }),
  },
  'POST /api/action-plans/:id/measures/from-source': {
    access: 'edit-record',
    ok: 201,
    freshRecord: true,
    record: createPlanRecord,
    request: async ({ db, recordId }) => ({
      url: `/api/action-plans/${recordId}/measures/from-source`,
      payload: { priorityId: (await prioritiesOf(db, recordId))[0]!.id, source: { sourceType: 'exchange-outcome', sourceId: recordId, title: 'Idee' } },
    }),
  },
  'PATCH /api/action-plans/:id/measures/:measureId': {
    access: 'edit-record',
    ok: 200,
    freshRecord: true,
    record: createPlanRecord,
    request: async ({ db, recordId }) => ({ url: `/api/action-plans/${recordId}/measures/${(await firstMeasure(db, recordId)).id}`, payload: { budget: 100 } }),
  },
  'DELETE /api/action-plans/:id/measures/:measureId': {
    access: 'edit-record',
    ok: 200,
    freshRecord: true,
    record: createPlanRecord,
    request: async ({ db, recordId }) => ({ url: `/api/action-plans/${recordId}/measures/${(await firstMeasure(db, recordId)).id}` }),
  },
  'GET /api/action-plans/:id/measures/:measureId/progress': {
    access: 'read-record',
    ok: 200,
    record: createReportedPlanRecord,
    request: async ({ db, recordId }) => ({ url: `/api/action-plans/${recordId}/measures/${(await firstMeasure(db, recordId)).id}/progress` }),
  },
  // Progress is reported by editors of the plan and coordinators of its sides (here: the same workspace).
  'POST /api/action-plans/:id/measures/:measureId/progress': {
    access: 'edit-record',
    ok: 201,
    record: createActivePlanRecord,
    request: async ({ db, recordId }) => ({ url: `/api/action-plans/${recordId}/measures/${(await firstMeasure(db, recordId)).id}/progress`, payload: { reportedOn: '2021-06-01', status: 'at_risk' } }),
  },
  'DELETE /api/action-plans/:id/progress/:updateId': {
    access: 'edit-record',
    ok: 204,
    freshRecord: true,
    record: createReportedPlanRecord,
    request: async ({ db, recordId }) => ({ url: `/api/action-plans/${recordId}/progress/${(await progressOf(db, recordId)).id}` }),
  },
  'POST /api/action-plans/:id/agreements': {
    access: 'agree-for-side',
    ok: 201,
    freshRecord: true,
    record: createPlanRecord,
    request: async ({ db, recordId }) => ({ url: `/api/action-plans/${recordId}/agreements`, payload: { sideId: (await sidesOf(db, recordId))[0]!.id } }),
  },
  'DELETE /api/action-plans/:id/agreements/:sideId': {
    access: 'agree-for-side',
    ok: 200,
    freshRecord: true,
    record: createHalfAgreedPlanRecord,
    request: async ({ db, recordId }) => ({ url: `/api/action-plans/${recordId}/agreements/${(await sidesOf(db, recordId))[0]!.id}` }),
  },
  'POST /api/action-plans/:id/transitions': {
    access: 'edit-record',
    ok: 200,
    freshRecord: true,
    record: createActivePlanRecord,
    request: ({ recordId }) => ({ url: `/api/action-plans/${recordId}/transitions`, payload: { to: 'done' } }),
  },
  'GET /api/action-plans/:id/versions/compare': { access: 'read-record', ok: 200, record: createActivePlanRecord, request: ({ recordId }) => ({ url: `/api/action-plans/${recordId}/versions/compare?from=1&to=draft` }) },
  'GET /api/action-plans/:id/versions/:number': { access: 'read-record', ok: 200, record: createActivePlanRecord, request: ({ recordId }) => ({ url: `/api/action-plans/${recordId}/versions/1` }) },
  'GET /api/action-plans/:id/dashboard': { access: 'read-record', ok: 200, ...plan('/dashboard') },
  'GET /api/action-plans/:id/export.pdf': { access: 'read-record', ok: 200, ...plan('/export.pdf') },
  'GET /api/action-plans/:id/measures.csv': { access: 'read-record', ok: 200, ...plan('/measures.csv') },
  'GET /api/action-plans/:id/budget': { access: 'read-record', ok: 200, ...plan('/budget') },
  'GET /api/action-plan-measures': {
    access: 'anyone',
    ok: 200,
    request: ({ cast }) => ({ url: `/api/action-plan-measures?sourceType=exchange-outcome&sourceId=${cast.workspaceId}` }),
  },

  'GET /api/projects': { access: 'anyone', ok: 200, request: () => ({ url: '/api/projects' }) },
  'GET /api/iati/activities.xml': { access: 'anyone', ok: 200, request: () => ({ url: '/api/iati/activities.xml' }) },
  'GET /api/popolo/organizations.json': { access: 'anyone', ok: 200, request: () => ({ url: '/api/popolo/organizations.json' }) },
  'GET /api/popolo/persons.json': { access: 'anyone', ok: 200, request: () => ({ url: '/api/popolo/persons.json' }) },
  'GET /api/popolo/memberships.json': { access: 'anyone', ok: 200, request: () => ({ url: '/api/popolo/memberships.json' }) },
  'GET /api/popolo/events.json': { access: 'anyone', ok: 200, request: () => ({ url: '/api/popolo/events.json' }) },
  'GET /api/open-data.zip': { access: 'anyone', ok: 200, request: () => ({ url: '/api/open-data.zip' }) },
  'POST /api/projects': { access: 'create-in-workspace', ok: 201, request: ({ cast }) => ({ url: '/api/projects', payload: { workspaceId: cast.workspaceId, title: { de: 'Neues Projekt' } } }) },
  'GET /api/projects/:id': { access: 'read-record', ok: 200, record: createProjectRecord, request: ({ recordId }) => ({ url: `/api/projects/${recordId}` }) },
  'PATCH /api/projects/:id': { access: 'edit-record', ok: 200, freshRecord: true, record: createProjectRecord, request: ({ recordId }) => ({ url: `/api/projects/${recordId}`, payload: { status: 'running' } }) },
  'DELETE /api/projects/:id': { access: 'edit-record', ok: 204, freshRecord: true, record: createProjectRecord, request: ({ recordId }) => ({ url: `/api/projects/${recordId}` }) },
  'GET /api/projects/:id/history': { access: 'record-history', ok: 200, record: createProjectRecord, request: ({ recordId }) => ({ url: `/api/projects/${recordId}/history` }) },
  'GET /api/projects/:id/budget': { access: 'read-record', ok: 200, record: createProjectRecord, request: ({ recordId }) => ({ url: `/api/projects/${recordId}/budget` }) },

  'GET /api/funding-programmes': { access: 'anyone', ok: 200, request: () => ({ url: '/api/funding-programmes' }) },
  'POST /api/funding-programmes': {
    access: 'create-in-workspace',
    ok: 201,
    request: ({ cast }) => ({ url: '/api/funding-programmes', payload: { workspaceId: cast.workspaceId, name: { de: 'Neues Programm' }, deadlines: [{ dueOn: '2099-01-01', label: { de: 'Frist' } }] } }),
  },
  'GET /api/funding-programmes/:id': { access: 'read-record', ok: 200, record: createProgrammeRecord, request: ({ recordId }) => ({ url: `/api/funding-programmes/${recordId}` }) },
  'PATCH /api/funding-programmes/:id': {
    access: 'edit-record',
    ok: 200,
    freshRecord: true,
    record: createProgrammeRecord,
    request: ({ recordId }) => ({ url: `/api/funding-programmes/${recordId}`, payload: { level: 'eu' } }),
  },
  'DELETE /api/funding-programmes/:id': { access: 'edit-record', ok: 204, freshRecord: true, record: createProgrammeRecord, request: ({ recordId }) => ({ url: `/api/funding-programmes/${recordId}` }) },
  'GET /api/funding-programmes/:id/history': { access: 'record-history', ok: 200, record: createProgrammeRecord, request: ({ recordId }) => ({ url: `/api/funding-programmes/${recordId}/history` }) },
  'GET /api/funding-deadlines': { access: 'anyone', ok: 200, request: () => ({ url: '/api/funding-deadlines' }) },

  'GET /api/grants': { access: 'anyone', ok: 200, request: () => ({ url: '/api/grants' }) },
  'POST /api/grants': {
    access: 'create-in-workspace',
    ok: 201,
    request: async ({ db, cast }) => ({
      url: '/api/grants',
      payload: { workspaceId: cast.workspaceId, programmeId: await createProgrammeRecord(db, ownerOf(cast), 'public'), projectId: await createProjectRecord(db, ownerOf(cast), 'public'), amount: 100 },
    }),
  },
  'GET /api/grants/:id': { access: 'read-record', ok: 200, record: createGrantRecord, request: ({ recordId }) => ({ url: `/api/grants/${recordId}` }) },
  'PATCH /api/grants/:id': { access: 'edit-record', ok: 200, freshRecord: true, record: createGrantRecord, request: ({ recordId }) => ({ url: `/api/grants/${recordId}`, payload: { status: 'running' } }) },
  'DELETE /api/grants/:id': { access: 'edit-record', ok: 204, freshRecord: true, record: createGrantRecord, request: ({ recordId }) => ({ url: `/api/grants/${recordId}` }) },
  'GET /api/grants/:id/history': { access: 'record-history', ok: 200, record: createGrantRecord, request: ({ recordId }) => ({ url: `/api/grants/${recordId}/history` }) },

  'GET /api/expenditures': { access: 'anyone', ok: 200, request: ({ cast }) => ({ url: `/api/expenditures?projectId=${cast.workspaceId}` }) },
  'POST /api/expenditures': {
    access: 'create-in-workspace',
    ok: 201,
    request: async ({ db, cast }) => ({
      url: '/api/expenditures',
      payload: { workspaceId: cast.workspaceId, projectId: await createProjectRecord(db, ownerOf(cast), 'public'), spentOn: '2021-01-01', amount: 10 },
    }),
  },
  'PATCH /api/expenditures/:id': { access: 'edit-record', ok: 200, freshRecord: true, record: createExpenditureRecord, request: ({ recordId }) => ({ url: `/api/expenditures/${recordId}`, payload: { amount: 25 } }) },
  'DELETE /api/expenditures/:id': { access: 'edit-record', ok: 204, freshRecord: true, record: createExpenditureRecord, request: ({ recordId }) => ({ url: `/api/expenditures/${recordId}` }) },

  'GET /api/area-monitors': { access: 'anyone', ok: 200, request: () => ({ url: '/api/area-monitors' }) },
  'POST /api/area-monitors': { access: 'create-in-workspace', ok: 201, request: ({ cast }) => ({ url: '/api/area-monitors', payload: { workspaceId: cast.workspaceId, title: { de: 'Neues Monitoring' } } }) },
  'GET /api/area-monitors/:id': { access: 'read-record', ok: 200, record: createMonitorRecord, request: ({ recordId }) => ({ url: `/api/area-monitors/${recordId}` }) },
  'PATCH /api/area-monitors/:id': {
    access: 'edit-record',
    ok: 200,
    freshRecord: true,
    record: createMonitorRecord,
    request: ({ recordId }) => ({ url: `/api/area-monitors/${recordId}`, payload: { description: { de: 'Neu' } } }),
  },
  'DELETE /api/area-monitors/:id': { access: 'edit-record', ok: 204, freshRecord: true, record: createMonitorRecord, request: ({ recordId }) => ({ url: `/api/area-monitors/${recordId}` }) },
  'GET /api/area-monitors/:id/history': { access: 'record-history', ok: 200, record: createMonitorRecord, request: ({ recordId }) => ({ url: `/api/area-monitors/${recordId}/history` }) },
  'GET /api/area-monitors/:id/values': { access: 'read-record', ok: 200, record: createMonitorRecord, request: ({ recordId }) => ({ url: `/api/area-monitors/${recordId}/values?period=2016` }) },
  'POST /api/area-monitors/:id/values/import': {
    access: 'edit-record',
    ok: 200,
    record: createMonitorRecord,
    request: ({ recordId }) => ({ url: `/api/area-monitors/${recordId}/values/import?dryRun=true`, payload: 'area,period,unemployment\nGrünau,2017,9\n', contentType: 'text/csv' }),
  },
  'POST /api/area-monitors/:id/boundaries': {
    access: 'edit-record',
    ok: 200,
    freshRecord: true,
    record: createMonitorRecord,
    request: ({ recordId }) => ({
      url: `/api/area-monitors/${recordId}/boundaries`,
      payload: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { name: 'Grünau' }, geometry: { type: 'Polygon', coordinates: [[[12.28, 51.32], [12.29, 51.32], [12.29, 51.33], [12.28, 51.32]]] } }],
      },
    }),
  },
  'GET /api/area-monitors/:id/boundaries': { access: 'read-record', ok: 200, record: createMonitorRecord, request: ({ recordId }) => ({ url: `/api/area-monitors/${recordId}/boundaries` }) },
  'GET /api/area-monitors/:id/need-index': { access: 'read-record', ok: 200, record: createMonitorRecord, request: ({ recordId }) => ({ url: `/api/area-monitors/${recordId}/need-index?period=2016` }) },
  'POST /api/area-monitors/:id/pilot-selections': {
    access: 'edit-record',
    ok: 201,
    freshRecord: true,
    record: createMonitorRecord,
    request: ({ recordId }) => ({
      url: `/api/area-monitors/${recordId}/pilot-selections`,
      payload: { placeId: demoId('place:leipziger-osten'), period: '2016', rationale: { de: 'Begründung' }, selectedOn: '2017-01-01' },
    }),
  },
  'DELETE /api/area-monitors/:id/pilot-selections/:selectionId': {
    access: 'edit-record',
    ok: 200,
    freshRecord: true,
    record: createSelectedMonitorRecord,
    request: async ({ db, recordId }) => ({ url: `/api/area-monitors/${recordId}/pilot-selections/${(await selectionOf(db, recordId)).id}` }),
  },
};
