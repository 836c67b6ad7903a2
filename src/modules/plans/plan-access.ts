import { canCoordinate, canEdit, canRead } from '../../core/auth/policy.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { forbidden, notFound, unauthorized } from '../../core/errors.js';
import type { PlanRow, SideRow } from './plans.repository.js';
import { planConflict } from './plans.errors.js';

const asRecordOf = (plan: PlanRow, workspaceId: string) => ({ workspaceId, visibility: plan.visibility, createdBy: plan.createdBy });

/** A plan is read like a record of its own workspace, or of the workspace of any of its sides. */
export function canReadPlan(viewer: Viewer, plan: PlanRow, sides: SideRow[]): boolean {
  return canRead(viewer, plan) || sides.some((side) => canRead(viewer, asRecordOf(plan, side.workspaceId)));
}

export function requireReadPlan(viewer: Viewer, plan: PlanRow | undefined, sides: SideRow[], id: string): PlanRow {
  if (!plan || !canReadPlan(viewer, plan, sides)) throw notFound('Action plan', id);
  return plan;
}

/** Changing a plan is for those who may edit records of its workspace. */
export function requireEditPlan(viewer: Viewer, plan: PlanRow | undefined, sides: SideRow[], id: string): PlanRow {
  const readable = requireReadPlan(viewer, plan, sides, id);
  if (!canEdit(viewer, readable)) throw viewer.kind === 'anonymous' ? unauthorized() : forbidden();
  return readable;
}

/** Owners and coordinators of a side's workspace agree for that side. */
export const canAgreeFor = (viewer: Viewer, side: SideRow) => viewer.kind === 'user' && canCoordinate(viewer, side.workspaceId);

/** Progress is reported by those who may edit the plan and by whoever may agree for one of its sides. */
export const canReportOn = (viewer: Viewer, plan: PlanRow, sides: SideRow[]) => canEdit(viewer, plan) || sides.some((side) => canAgreeFor(viewer, side));

/** Agreed content stays as agreed: changes need the plan reopened as a draft. */
export function requireDraft(plan: PlanRow): void {
  if (plan.status !== 'draft') {
    throw planConflict('plan_not_draft', `The plan is ${plan.status}; reopen it as a draft to change its content (a new agreement then makes a new version)`, { status: plan.status }, [
      { field: 'status', code: 'invalid_state', message: `is ${plan.status}, not draft` },
    ]);
  }
}
