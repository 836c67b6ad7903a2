import { and, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../core/service-context.js';
import { registerReferenceResolver, type RecordReference } from '../audit/audit.service.js';
import { planVisibleTo } from './plans.repository.js';
import { actionPlanPriorities, actionPlans } from './plans.tables.js';

/**
 * Names the priorities of action plans where recorded changes refer to them (the priority of a
 * measure), by their title, linked to their plan. Only priorities of plans the viewer may see are named.
 */
async function priorityReferences(ctx: ServiceContext, ids: string[]): Promise<RecordReference[]> {
  const rows = await ctx.transaction((tx, ctx) =>
    tx
      .select({ id: actionPlanPriorities.id, planId: actionPlanPriorities.planId, title: actionPlanPriorities.title })
      .from(actionPlanPriorities)
      .innerJoin(actionPlans, eq(actionPlans.id, actionPlanPriorities.planId))
      .where(and(inArray(actionPlanPriorities.id, ids), planVisibleTo(tx, ctx.viewer))),
  );
  return rows.map((row) => ({ id: row.id, recordType: 'action_plan_priority', title: row.title, path: `/action-plans/${row.planId}` }));
}

export function registerPriorityReferences(): void {
  registerReferenceResolver(priorityReferences, 'action_plan_priorities');
}
