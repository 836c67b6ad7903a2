import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { idIn } from '../../core/db/id-list.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import type { MeasureRow, PlanRow } from './plans.repository.js';
import { actionPlanMeasures, actionPlans } from './plans.tables.js';

export type ReportedMeasureRow = MeasureRow & {
  plan: Pick<PlanRow, 'id' | 'workspaceId' | 'title' | 'status' | 'periodStart' | 'periodEnd' | 'partnershipId' | 'areaPlaceId'>;
};

/**
 * These measures, of plans the viewer may see, that run in the period (a measure without dates
 * runs the plan's period) and lie in the workspace, plan by plan in their order.
 */
export async function findMeasureRowsInPeriod(
  db: DbExecutor,
  viewer: Viewer,
  measureIds: string[],
  scope: { from?: string; to?: string; workspaceId?: string },
): Promise<ReportedMeasureRow[]> {
  const start = sql`coalesce(${actionPlanMeasures.startDate}, ${actionPlans.periodStart})`;
  const end = sql`coalesce(${actionPlanMeasures.endDate}, ${actionPlans.periodEnd})`;
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, actionPlans), idIn(actionPlanMeasures.id, measureIds)];
  if (scope.from) conditions.push(sql`${end} >= ${scope.from}`);
  if (scope.to) conditions.push(sql`${start} <= ${scope.to}`);
  if (scope.workspaceId) conditions.push(eq(actionPlans.workspaceId, scope.workspaceId));
  const rows = await db
    .select({
      measure: actionPlanMeasures,
      plan: {
        id: actionPlans.id,
        workspaceId: actionPlans.workspaceId,
        title: actionPlans.title,
        status: actionPlans.status,
        periodStart: actionPlans.periodStart,
        periodEnd: actionPlans.periodEnd,
        partnershipId: actionPlans.partnershipId,
        areaPlaceId: actionPlans.areaPlaceId,
      },
    })
    .from(actionPlanMeasures)
    .innerJoin(actionPlans, eq(actionPlans.id, actionPlanMeasures.planId))
    .where(and(...conditions))
    .orderBy(asc(actionPlans.sortTitle), asc(actionPlanMeasures.position), asc(actionPlanMeasures.id));
  return rows.map(({ measure, plan }) => ({ ...measure, plan }));
}
