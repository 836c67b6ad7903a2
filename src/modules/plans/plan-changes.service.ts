import { requireCreateIn } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { validationFailed, type FieldIssue } from '../../core/errors.js';
import { firstText } from '../../core/http/record-fields.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { workspaceRefBySlug, workspaceRefsByIds } from '../workspaces/workspace-refs.service.js';
import { requireDraft, requireEditPlan } from './plan-access.js';
import { visiblePartnership } from './plan-references.js';
import { deletePlanRow, findPlanRow, findSideRows, insertPlanRow, measuresOutside, replaceSideRows, updatePlanRow, type PlanRow, type SideRow } from './plans.repository.js';
import type { PlanCreate, PlanDetail, PlanUpdate, SideInput } from './plans.schemas.js';
import { actionPlanAudit, getPlan } from './plans.service.js';
import { planConflict } from './plans.errors.js';

type SideColumns = { label: Record<string, string>; placeId: string | null; organizationId: string | null; workspaceId: string };

export const auditedPlan = (row: PlanRow, sides: SideRow[]) => ({
  title: row.title,
  summary: row.summary,
  scope: row.scope,
  partnershipId: row.partnershipId,
  areaPlaceId: row.areaPlaceId,
  periodStart: row.periodStart,
  periodEnd: row.periodEnd,
  status: row.status,
  historical: row.historical,
  visibility: row.visibility,
  sides: sides.map((side) => ({ label: side.label, placeId: side.placeId, organizationId: side.organizationId, workspaceId: side.workspaceId })),
});

async function scopeIssues(ctx: ServiceContext, partnershipId: string | null, areaPlaceId: string | null): Promise<FieldIssue[]> {
  if ((partnershipId === null) === (areaPlaceId === null)) {
    return [{ field: 'body.partnershipId', code: 'either_required', message: 'give either a partnership or an area (areaPlaceId) as the scope of the plan' }];
  }
  if (partnershipId && !(await visiblePartnership(ctx, partnershipId))) return [{ field: 'body.partnershipId', code: 'unknown_reference', message: 'refers to no partnership you can see' }];
  if (areaPlaceId && !(await placeRefsByIds(ctx, [areaPlaceId])).has(areaPlaceId)) return [{ field: 'body.areaPlaceId', code: 'unknown_reference', message: 'refers to no place you can see' }];
  return [];
}

function periodIssues(start: string, end: string): FieldIssue[] {
  return end < start ? [{ field: 'body.periodEnd', code: 'end_before_start', message: 'must not be before the start of the period' }] : [];
}

/** Sides as given, checked; or by default one per party of the partnership (one for an area), all in the plan's workspace. */
async function resolveSides(ctx: ServiceContext, workspaceId: string, input: SideInput[] | undefined, partnershipId: string | null): Promise<{ sides: SideColumns[]; issues: FieldIssue[] }> {
  if (!input) {
    if (partnershipId) {
      const partnership = await visiblePartnership(ctx, partnershipId);
      const parties = partnership?.parties ?? [];
      if (parties.length > 0) {
        return {
          sides: parties.map((party) => ({ label: {}, placeId: party.place?.id ?? null, organizationId: party.organization?.id ?? null, workspaceId })),
          issues: [],
        };
      }
    }
    return { sides: [{ label: {}, placeId: null, organizationId: null, workspaceId }], issues: [] };
  }
  const issues: FieldIssue[] = [];
  const places = await placeRefsByIds(ctx, input.map((side) => side.placeId));
  const organizations = await organizationRefsByIds(ctx, input.map((side) => side.organizationId));
  const workspaces = await workspaceRefsByIds(ctx, input.flatMap((side) => (side.workspaceId ? [side.workspaceId] : [])));
  const sides: SideColumns[] = [];
  for (const [index, side] of input.entries()) {
    if (side.placeId && !places.has(side.placeId)) issues.push({ field: `body.sides.${index}.placeId`, code: 'unknown_reference', message: 'refers to no place you can see' });
    if (side.organizationId && !organizations.has(side.organizationId)) issues.push({ field: `body.sides.${index}.organizationId`, code: 'unknown_reference', message: 'refers to no organisation you can see' });
    let sideWorkspace = workspaceId;
    if (side.workspaceId) {
      if (!workspaces.has(side.workspaceId)) issues.push({ field: `body.sides.${index}.workspaceId`, code: 'unknown_reference', message: 'refers to no workspace' });
      sideWorkspace = side.workspaceId;
    } else if (side.workspaceSlug) {
      const found = await workspaceRefBySlug(ctx, side.workspaceSlug);
      if (!found) issues.push({ field: `body.sides.${index}.workspaceSlug`, code: 'unknown_reference', message: `no workspace has the address "${side.workspaceSlug}"` });
      else sideWorkspace = found.id;
    }
    if (!side.placeId && !side.organizationId && Object.values(side.label).every((text) => text.trim() === '') && sideWorkspace === workspaceId && input.length > 1) {
      issues.push({ field: `body.sides.${index}.label`, code: 'either_required', message: 'name the side: a label, a place or an organisation' });
    }
    sides.push({ label: side.label, placeId: side.placeId, organizationId: side.organizationId, workspaceId: sideWorkspace });
  }
  return { sides, issues };
}

export async function createPlan(ctx: ServiceContext, input: PlanCreate): Promise<PlanDetail> {
  requireCreateIn(ctx.viewer, input.workspaceId);
  const id = await ctx.transaction(async (tx, ctx) => {
    const resolved = await resolveSides(ctx, input.workspaceId, input.sides, input.partnershipId);
    const issues = [...(await scopeIssues(ctx, input.partnershipId, input.areaPlaceId)), ...periodIssues(input.periodStart, input.periodEnd), ...resolved.issues];
    if (issues.length > 0) throw validationFailed(issues);
    const row = await insertPlanRow(tx, {
      workspaceId: input.workspaceId,
      visibility: input.visibility,
      title: input.title,
      summary: input.summary,
      scope: input.partnershipId ? 'partnership' : 'area',
      partnershipId: input.partnershipId,
      areaPlaceId: input.areaPlaceId,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      historical: input.historical,
      createdBy: userIdOf(ctx.viewer),
    });
    await replaceSideRows(tx, row.id, resolved.sides);
    const sides = await findSideRows(tx, [row.id]);
    await actionPlanAudit.created(tx, ctx, row, auditedPlan(row, sides));
    return row.id;
  });
  return getPlan(ctx, id);
}

async function outsideIssues(tx: DbExecutor, planId: string, start: string, end: string): Promise<FieldIssue[]> {
  const outside = await measuresOutside(tx, planId, start, end);
  if (outside.length === 0) return [];
  const names = outside.slice(0, 3).map((measure) => `"${firstText(measure.title)}"`).join(', ');
  return [{ field: 'body.periodStart', code: 'would_leave_outside', message: `would leave ${outside.length} measure(s) outside the period (${names}); change their dates first` }];
}

export async function updatePlan(ctx: ServiceContext, id: string, changes: PlanUpdate): Promise<PlanDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const sidesBefore = await findSideRows(tx, [id]);
    const before = requireEditPlan(ctx.viewer, await findPlanRow(tx, id), sidesBefore, id);
    const contentChanged = Object.keys(changes).some((key) => key !== 'visibility' && key !== 'historical');
    if (contentChanged) requireDraft(before);
    const partnershipId = changes.partnershipId !== undefined ? changes.partnershipId : before.partnershipId;
    const areaPlaceId = changes.areaPlaceId !== undefined ? changes.areaPlaceId : before.areaPlaceId;
    const periodStart = changes.periodStart ?? before.periodStart;
    const periodEnd = changes.periodEnd ?? before.periodEnd;
    const resolved = changes.sides ? await resolveSides(ctx, before.workspaceId, changes.sides, partnershipId) : { sides: [], issues: [] };
    const issues = [
      ...(changes.partnershipId !== undefined || changes.areaPlaceId !== undefined ? await scopeIssues(ctx, partnershipId, areaPlaceId) : []),
      ...periodIssues(periodStart, periodEnd),
      ...resolved.issues,
    ];
    if (issues.length === 0 && (changes.periodStart || changes.periodEnd)) issues.push(...(await outsideIssues(tx, id, periodStart, periodEnd)));
    if (issues.length > 0) throw validationFailed(issues);
    const { sides: _sides, ...fields } = changes;
    let after = await updatePlanRow(tx, id, { ...fields, scope: partnershipId ? 'partnership' : 'area', ...(contentChanged ? { revision: before.revision + 1 } : {}) });
    if (changes.sides) await replaceSideRows(tx, id, resolved.sides);
    const sidesAfter = changes.sides ? await findSideRows(tx, [id]) : sidesBefore;
    after = after ?? before;
    await actionPlanAudit.updated(tx, ctx, after, auditedPlan(before, sidesBefore), auditedPlan(after, sidesAfter));
  });
  return getPlan(ctx, id);
}

export async function deletePlan(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const sides = await findSideRows(tx, [id]);
    const before = requireEditPlan(ctx.viewer, await findPlanRow(tx, id), sides, id);
    if (before.status === 'active') throw planConflict('active_plan_not_deleted', 'An active plan is not deleted; mark it done, or reopen it as a draft first', {}, [{ field: 'status', code: 'invalid_state', message: 'is active' }]);
    await deletePlanRow(tx, id);
    await actionPlanAudit.deleted(tx, ctx, before, auditedPlan(before, sides));
  });
}
