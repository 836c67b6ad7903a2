import { beyondPosition, registerTimelineSource, type TimelineEntry } from '../partnerships/partnerships.service.js';
import { listPartnershipPlanRows } from './plans.repository.js';

/** Joint action plans on a partnership's timeline, at the start of their period. */
export function registerPlanTimelineSource(): void {
  registerTimelineSource({
    type: 'action_plan',
    async list(ctx, partnershipId, page): Promise<TimelineEntry[]> {
      return ctx.transaction(async (tx, ctx) => {
        const rows = await listPartnershipPlanRows(tx, ctx.viewer, partnershipId, {
          limit: page.limit,
          newest: page.newest,
          after: page.after ? beyondPosition('action_plan', page.after, page.newest) : undefined,
        });
        return rows.map((row) => ({
          type: 'action_plan',
          id: row.id,
          date: row.periodStart,
          endDate: row.periodEnd,
          title: row.title,
          kind: null,
          status: row.status,
          place: null,
          series: null,
          path: `/action-plans/${row.id}`,
        }));
      });
    },
  });
}
