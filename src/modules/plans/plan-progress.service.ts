import { canEdit, requireWriteAccess } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import { forbidden, notFound, unauthorized, validationFailed, type FieldIssue } from '../../core/errors.js';
import { todayIso } from '../../core/http/record-fields.js';
import type { ServiceContext } from '../../core/service-context.js';
import { ownDisplayName } from '../accounts/display-name.service.js';
import { canReportOn } from './plan-access.js';
import { presentProgress } from './plans.presenter.js';
import { deleteProgressRow, findMeasureRow, findProgressRow, insertProgressRow } from './plans.repository.js';
import type { ProgressCreate, ProgressUpdateView } from './plans.schemas.js';
import { actionPlanAudit, readablePlan } from './plans.service.js';
import { planConflict } from './plans.errors.js';

/** A dated report on a measure: on track, at risk, delayed or done, with indicator values reached and a note. */
export async function reportProgress(ctx: ServiceContext, planId: string, measureId: string, input: ProgressCreate): Promise<ProgressUpdateView> {
  return ctx.transaction(async (tx, ctx) => {
    const { plan, sides } = await readablePlan(tx, ctx, planId);
    const measure = await findMeasureRow(tx, planId, measureId);
    if (!measure) throw notFound('Measure', measureId);
    if (ctx.viewer.kind === 'anonymous') throw unauthorized();
    requireWriteAccess(ctx.viewer);
    if (!canReportOn(ctx.viewer, plan, sides)) throw forbidden('Progress is reported by those who may edit the plan and by coordinators of its sides');
    if (plan.currentVersion === null) {
      throw planConflict('plan_not_agreed', 'Progress is reported on agreed plans; this plan has not been agreed yet', {}, [{ field: 'status', code: 'invalid_state', message: 'has never been agreed' }]);
    }
    const issues: FieldIssue[] = [];
    if (input.reportedOn > todayIso()) issues.push({ field: 'body.reportedOn', code: 'date_in_future', message: 'must not be in the future' });
    const indicatorIds = new Set(measure.indicators.map((indicator) => indicator.id));
    for (const key of Object.keys(input.indicatorValues)) {
      if (!indicatorIds.has(key)) issues.push({ field: `body.indicatorValues.${key}`, code: 'unknown_reference', message: 'is not an indicator of this measure' });
    }
    if (issues.length > 0) throw validationFailed(issues);
    const row = await insertProgressRow(tx, { planId, measureId, ...input, reporterName: await ownDisplayName(ctx), createdBy: userIdOf(ctx.viewer) });
    await actionPlanAudit.updated(tx, ctx, plan, null, { progressOf: measure.title, reportedOn: row.reportedOn, progress: row.status, indicatorValues: row.indicatorValues, note: row.note });
    return presentProgress(row);
  });
}

/** Removes a mistaken report: its author or whoever may edit the plan. */
export async function deleteProgress(ctx: ServiceContext, planId: string, updateId: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const { plan } = await readablePlan(tx, ctx, planId);
    const row = await findProgressRow(tx, planId, updateId);
    if (!row) throw notFound('Progress update', updateId);
    if (ctx.viewer.kind === 'anonymous') throw unauthorized();
    requireWriteAccess(ctx.viewer);
    const own = row.createdBy !== null && row.createdBy === userIdOf(ctx.viewer);
    if (!own && !canEdit(ctx.viewer, plan)) throw forbidden('Only its author or an editor of the plan removes a progress report');
    await deleteProgressRow(tx, updateId);
    await actionPlanAudit.updated(tx, ctx, plan, { reportedOn: row.reportedOn, progress: row.status, note: row.note }, null);
  });
}
