import { AppError } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import type { OrganizationRef } from '../actors/organizations.schemas.js';
import { getPartnership } from '../partnerships/partnerships.service.js';
import type { PartnershipDetail } from '../partnerships/partnerships.schemas.js';
import type { PlaceRef } from '../places/places.schemas.js';
import { placeRefsByIds } from '../places/places.service.js';
import type { ProjectRef } from '../projects/projects.schemas.js';
import { projectRefsByIds } from '../projects/projects.service.js';
import type { ThemeRef } from '../themes/themes.schemas.js';
import { themeRefsByIds } from '../themes/themes.service.js';
import { workspaceRefsByIds, type WorkspaceRef } from '../workspaces/workspace-refs.service.js';
import type { MeasurePartnerRow, MeasureRow, PlanRow, PriorityRow, SideRow } from './plans.repository.js';

/** What plans link to, as far as the viewer may see it. */
export interface PlanReferences {
  partnerships: Map<string, PartnershipDetail>;
  places: Map<string, PlaceRef>;
  organizations: Map<string, OrganizationRef>;
  themes: Map<string, ThemeRef>;
  projects: Map<string, ProjectRef>;
  workspaces: Map<string, WorkspaceRef>;
}

/** The partnership when the viewer may see it, else null. */
export async function visiblePartnership(ctx: ServiceContext, id: string): Promise<PartnershipDetail | null> {
  try {
    return await getPartnership(ctx, id);
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found') return null;
    throw error;
  }
}

/** The plan's partnership as a reference, when the viewer may see it. */
export function partnershipRefOf(plan: PlanRow, refs: Pick<PlanReferences, 'partnerships'>): { id: string; title: PartnershipDetail['title'] } | null {
  const partnership = plan.partnershipId ? refs.partnerships.get(plan.partnershipId) : undefined;
  return partnership ? { id: partnership.id, title: partnership.title } : null;
}

export async function loadPlanReferences(
  ctx: ServiceContext,
  input: { plans: PlanRow[]; sides?: SideRow[]; priorities?: PriorityRow[]; measures?: MeasureRow[]; partners?: MeasurePartnerRow[] },
): Promise<PlanReferences> {
  const sides = input.sides ?? [];
  const measures = input.measures ?? [];
  const partnerships = new Map<string, PartnershipDetail>();
  for (const id of new Set(input.plans.map((plan) => plan.partnershipId).filter((id): id is string => id !== null))) {
    const partnership = await visiblePartnership(ctx, id);
    if (partnership) partnerships.set(id, partnership);
  }
  return {
    partnerships,
    places: await placeRefsByIds(ctx, [...input.plans.map((plan) => plan.areaPlaceId), ...sides.map((side) => side.placeId)]),
    organizations: await organizationRefsByIds(ctx, [
      ...sides.map((side) => side.organizationId),
      ...measures.map((measure) => measure.responsibleOrganizationId),
      ...(input.partners ?? []).map((partner) => partner.organizationId),
    ]),
    themes: await themeRefsByIds(ctx, (input.priorities ?? []).flatMap((priority) => (priority.themeId ? [priority.themeId] : []))),
    projects: await projectRefsByIds(ctx, measures.map((measure) => measure.projectId)),
    workspaces: await workspaceRefsByIds(ctx, sides.map((side) => side.workspaceId)),
  };
}
