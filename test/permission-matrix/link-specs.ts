import type { Db } from '../../src/core/db/client.js';
import { demoId } from '../../src/demo/demo-id.js';
import { actionPlanProjects, exchangeRelations } from '../../src/modules/record-links/record-links.tables.js';
import { createPlanRecord, createProjectRecord } from './plan-records.js';
import { createExchangeRecord } from './records.js';
import type { RouteSpec } from './route-specs.js';

const PUBLIC_PROJECT = demoId('project:integration-initiative-management');
const PUBLIC_EXCHANGE = demoId('exchange:congress-2015');

async function relationOf(db: Db, exchangeId: string): Promise<string> {
  const [row] = await db.insert(exchangeRelations).values({ exchangeId, relatedExchangeId: PUBLIC_EXCHANGE, kind: 'accompanies' }).returning();
  return row!.id;
}

async function planProjectOf(db: Db, actionPlanId: string): Promise<string> {
  const [row] = await db.insert(actionPlanProjects).values({ actionPlanId, projectId: PUBLIC_PROJECT }).returning();
  return row!.id;
}

/** Links between exchanges, projects and plans: read with the record, changed by those who may edit it. */
export const LINK_SPECS: Record<string, RouteSpec> = {
  'GET /api/record-links': { access: 'read-record', ok: 200, record: createProjectRecord, request: ({ recordId }) => ({ url: `/api/record-links?recordType=project&recordId=${recordId}` }) },
  'POST /api/exchanges/:id/links': {
    access: 'edit-record',
    ok: 201,
    freshRecord: true,
    record: createExchangeRecord,
    request: ({ recordId }) => ({ url: `/api/exchanges/${recordId}/links`, payload: { kind: 'project', targetId: PUBLIC_PROJECT } }),
  },
  'DELETE /api/exchanges/:id/links/:linkId': {
    access: 'edit-record',
    ok: 204,
    freshRecord: true,
    record: createExchangeRecord,
    request: async ({ db, recordId }) => ({ url: `/api/exchanges/${recordId}/links/${await relationOf(db, recordId)}` }),
  },
  'POST /api/action-plans/:id/projects': {
    access: 'edit-record',
    ok: 201,
    freshRecord: true,
    record: createPlanRecord,
    request: ({ recordId }) => ({ url: `/api/action-plans/${recordId}/projects`, payload: { projectId: PUBLIC_PROJECT } }),
  },
  'DELETE /api/action-plans/:id/projects/:linkId': {
    access: 'edit-record',
    ok: 204,
    freshRecord: true,
    record: createPlanRecord,
    request: async ({ db, recordId }) => ({ url: `/api/action-plans/${recordId}/projects/${await planProjectOf(db, recordId)}` }),
  },
};
