import { requireWriteAccess } from '../../core/auth/policy.js';
import { forbidden, notFound, unauthorized } from '../../core/errors.js';
import type { DbExecutor } from '../../core/db/client.js';
import type { ServiceContext } from '../../core/service-context.js';
import { ownDisplayName } from '../accounts/display-name.service.js';
import { canAgreeFor, requireEditPlan } from './plan-access.js';
import { loadPlanReferences } from './plan-references.js';
import { pickLocalized } from './plan-text.js';
import { deleteAgreementRow, findAgreementRows, findPlanRow, findSideRows, insertAgreementRow, insertVersionRow, updatePlanRow, type SideRow } from './plans.repository.js';
import type { PlanDetail } from './plans.schemas.js';
import { actionPlanAudit, currentSnapshot, getPlan, readablePlan } from './plans.service.js';
import type { PlanReferences } from './plan-references.js';
import { planConflict } from './plans.errors.js';

/** How a side is called: its label, else its place, organisation or workspace. */
export function sideName(side: SideRow, refs: PlanReferences): string {
  return (
    pickLocalized(side.label) ||
    (side.placeId && refs.places.get(side.placeId) ? pickLocalized(refs.places.get(side.placeId)!.names) || refs.places.get(side.placeId)!.name : '') ||
    (side.organizationId && refs.organizations.get(side.organizationId) ? refs.organizations.get(side.organizationId)!.name : '') ||
    refs.workspaces.get(side.workspaceId)?.name ||
    ''
  );
}

/** The plan and the side, when the viewer may agree (or withdraw the agreement) for that side. */
async function sideToAgreeFor(tx: DbExecutor, ctx: ServiceContext, planId: string, sideId: string) {
    const { plan, sides } = await readablePlan(tx, ctx, planId);
    const side = sides.find((candidate) => candidate.id === sideId);
    if (!side) throw notFound('Side', sideId);
    if (ctx.viewer.kind === 'anonymous') throw unauthorized();
    requireWriteAccess(ctx.viewer);
    if (!canAgreeFor(ctx.viewer, side)) throw forbidden('Only owners and coordinators of the workspace of this side agree for it');
  return { plan, sides, side };
}

/**
 * Agrees to the plan as it is now for one side. When every side has agreed to the same revision,
 * the plan becomes agreed and that state is kept as a new version.
 */
export async function agreeForSide(ctx: ServiceContext, planId: string, sideId: string): Promise<PlanDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const { plan, sides, side } = await sideToAgreeFor(tx, ctx, planId, sideId);
    if (plan.status !== 'draft') throw planConflict('plan_not_draft', `The plan is ${plan.status} already; reopen it as a draft to agree to changes`, { status: plan.status }, [{ field: 'status', code: 'invalid_state', message: `is ${plan.status}, not draft` }]);
    const agreements = (await findAgreementRows(tx, planId)).filter((row) => row.revision === plan.revision);
    if (agreements.some((row) => row.sideId === sideId)) throw planConflict('side_agreed_already', 'This side has agreed to the plan as it is already', {}, [{ field: 'body.sideId', code: 'invalid_state', message: 'has agreed already' }]);
    const userId = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
    const ownEarlier = agreements.find((row) => row.userId !== null && row.userId === userId);
    if (ownEarlier) {
      throw planConflict('agreement_needs_other_person', 'You have agreed for another side of this plan; a coordinator of this side agrees for it', {}, [{ field: 'body.sideId', code: 'invalid_state', message: 'needs someone else’s agreement' }]);
    }
    const refs = await loadPlanReferences(ctx, { plans: [plan], sides });
    const agreement = await insertAgreementRow(tx, { planId, sideId, revision: plan.revision, userId, userName: await ownDisplayName(ctx) });
    await actionPlanAudit.updated(tx, ctx, plan, { agreedFor: null }, { agreedFor: sideName(side, refs), revision: plan.revision });
    const all = [...agreements, agreement];
    if (!sides.every((candidate) => all.some((row) => row.sideId === candidate.id))) return;
    const number = (plan.currentVersion ?? 0) + 1;
    await insertVersionRow(tx, {
      planId,
      number,
      revision: plan.revision,
      snapshot: await currentSnapshot(tx, ctx, plan, sides),
      agreements: sides.map((candidate) => {
        const row = all.find((entry) => entry.sideId === candidate.id)!;
        return { sideId: candidate.id, side: sideName(candidate, refs), userName: row.userName, agreedAt: row.agreedAt.toISOString() };
      }),
    });
    await updatePlanRow(tx, planId, { status: 'agreed', currentVersion: number });
    await actionPlanAudit.updated(tx, ctx, plan, { status: 'draft' }, { status: 'agreed', version: number });
  });
  return getPlan(ctx, planId);
}

/** Takes back a side's agreement while the plan is still a draft. */
export async function withdrawAgreement(ctx: ServiceContext, planId: string, sideId: string): Promise<PlanDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const { plan, sides, side } = await sideToAgreeFor(tx, ctx, planId, sideId);
    if (plan.status !== 'draft') throw planConflict('plan_not_draft', 'Agreements to an agreed plan are kept with its version', { status: plan.status }, [{ field: 'status', code: 'invalid_state', message: `is ${plan.status}, not draft` }]);
    if ((await deleteAgreementRow(tx, sideId, plan.revision)) === 0) throw notFound('Agreement of side', sideId);
    const refs = await loadPlanReferences(ctx, { plans: [plan], sides });
    await actionPlanAudit.updated(tx, ctx, plan, { agreedFor: sideName(side, refs), revision: plan.revision }, { agreedFor: null });
  });
  return getPlan(ctx, planId);
}

const TRANSITIONS: Record<string, readonly string[]> = { agreed: ['active', 'draft'], active: ['done', 'draft'], done: ['active'], draft: [] };

/** Puts an agreed plan into effect, marks it done, or reopens it as a draft to amend it (a new agreement makes a new version). */
export async function transitionPlan(ctx: ServiceContext, planId: string, to: 'active' | 'done' | 'draft'): Promise<PlanDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const sides = await findSideRows(tx, [planId]);
    const plan = requireEditPlan(ctx.viewer, await findPlanRow(tx, planId), sides, planId);
    if (!TRANSITIONS[plan.status]!.includes(to)) {
      const hint = plan.status === 'draft' ? '; a draft becomes agreed when every side agrees' : '';
      throw planConflict('plan_transition_not_allowed', `A plan that is ${plan.status} cannot become ${to}${hint}`, { from: plan.status, to }, [{ field: 'body.to', code: 'invalid_state', message: `is not allowed from ${plan.status}` }]);
    }
    await updatePlanRow(tx, planId, { status: to, ...(to === 'draft' ? { revision: plan.revision + 1 } : {}) });
    await actionPlanAudit.updated(tx, ctx, plan, { status: plan.status }, { status: to });
  });
  return getPlan(ctx, planId);
}

