import { registerTimelineRows } from '../partnerships/partnerships.service.js';
import { listPartnershipPlanRows } from './plans.repository.js';

/** Joint action plans on a partnership's timeline, at the start of their period. */
export function registerPlanTimelineSource(): void {
  registerTimelineRows('action_plan', {
    rows: (tx, ctx, partnershipId, window) => listPartnershipPlanRows(tx, ctx.viewer, partnershipId, window),
    entry: (row) => ({ id: row.id, date: row.periodStart, endDate: row.periodEnd, title: row.title, status: row.status, path: `/action-plans/${row.id}` }),
  });
}
