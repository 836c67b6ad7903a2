import type { ServiceContext } from '../../core/service-context.js';
import { loadPlanReferences } from './plan-references.js';
import { overdueMeasureRows, sidesAwaitingAgreementRows } from './plans.repository.js';

/** Workspaces in which the viewer has one of these roles. */
const workspacesWhere = (ctx: ServiceContext, roles: readonly string[]) =>
  ctx.viewer.kind === 'user' ? [...ctx.viewer.roles].filter(([, role]) => roles.includes(role)).map(([id]) => id) : [];

/** Draft plans waiting for the viewer's agreement: sides of workspaces they own or coordinate that have not agreed to the plan as it is. */
export async function plansAwaitingAgreement(ctx: ServiceContext, limit: number) {
  const viewer = ctx.viewer;
  const workspaceIds = workspacesWhere(ctx, ['owner', 'coordinator']);
  if (viewer.kind !== 'user' || workspaceIds.length === 0) return [];
  return ctx.transaction(async (tx, ctx) => {
    const rows = await sidesAwaitingAgreementRows(tx, viewer, workspaceIds, limit);
    const refs = await loadPlanReferences(ctx, { plans: rows.map((row) => row.plan), sides: rows.map((row) => row.side) });
    return rows.map(({ plan, side }) => ({
      plan: { id: plan.id, title: plan.title },
      side: {
        id: side.id,
        label: side.label,
        place: (side.placeId && refs.places.get(side.placeId)) || null,
        organization: (side.organizationId && refs.organizations.get(side.organizationId)) || null,
        workspace: refs.workspaces.get(side.workspaceId) ?? { id: side.workspaceId, slug: '', name: '' },
      },
    }));
  });
}

/** Overdue measures of the plans of the viewer's workspaces, the longest overdue first. */
export async function overdueMeasures(ctx: ServiceContext, today: string, limit: number) {
  const workspaceIds = workspacesWhere(ctx, ['owner', 'coordinator', 'member', 'guest']);
  if (workspaceIds.length === 0) return [];
  return ctx.transaction(async (tx, ctx) => {
    const rows = await overdueMeasureRows(tx, ctx.viewer, workspaceIds, today, limit);
    return rows.map(({ measure, plan }) => ({ id: measure.id, title: measure.title, endDate: measure.endDate!, plan: { id: plan.id, title: plan.title } }));
  });
}
