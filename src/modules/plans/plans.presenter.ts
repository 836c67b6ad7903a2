import { pickFields } from '../../core/records/pick-fields.js';
import { canInviteAs } from '../../core/auth/policy.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { partnershipRefOf, type PlanReferences } from './plan-references.js';
import { canAgreeFor } from './plan-access.js';
import type { AgreementRow, MeasurePartnerRow, MeasureRow, PlanRow, PriorityRow, ProgressRow, SideRow, VersionRow } from './plans.repository.js';
import type { AgreeBlocker, InviteBlocker, MeasureView, PlanDetail, PlanSummary, PriorityView, ProgressUpdateView, SideView } from './plans.schemas.js';

export function presentPlanSummary(row: PlanRow, refs: Pick<PlanReferences, 'partnerships' | 'places'>): PlanSummary {
  return {
    id: row.id,
    title: row.title,
    scope: row.scope,
    partnership: partnershipRefOf(row, refs),
    area: (row.areaPlaceId && refs.places.get(row.areaPlaceId)) || null,
    ...pickFields(row, ['periodStart', 'periodEnd', 'status', 'historical', 'visibility', 'currentVersion']),
  };
}

export function presentProgress(row: ProgressRow): ProgressUpdateView {
  return {
    ...pickFields(row, ['id', 'measureId', 'reportedOn', 'status', 'indicatorValues', 'note']),
    reportedBy: row.reporterName || null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * A measure is overdue when its end date has passed and its latest report does not say done, in a
 * plan still running that was not recorded after the fact; a measure that had ended before its
 * plan was recorded is history, not a delay.
 */
export const isOverdue = (measure: MeasureRow, latest: ProgressRow | undefined, today: string, plan: Pick<PlanRow, 'historical' | 'status' | 'createdAt'>) =>
  !plan.historical &&
  plan.status !== 'done' &&
  measure.endDate !== null &&
  measure.endDate < today &&
  measure.endDate >= plan.createdAt.toISOString().slice(0, 10) &&
  latest?.status !== 'done';

/** What a measure says about itself: shown and recorded in its history alike. */
const MEASURE_TERMS = ['startDate', 'endDate', 'budget', 'currency', 'funding', 'indicators'] as const;

export const auditedMeasure = (row: MeasureRow, partnerIds: string[]) => ({
  measure: row.title,
  description: row.description,
  priorityId: row.priorityId,
  responsibleOrganizationId: row.responsibleOrganizationId,
  partnerOrganizationIds: partnerIds,
  ...pickFields(row, MEASURE_TERMS),
  projectId: row.projectId,
  source: row.sourceType ? { type: row.sourceType, id: row.sourceId } : null,
});

export function presentMeasure(
  row: MeasureRow,
  partners: MeasurePartnerRow[],
  latest: ProgressRow | undefined,
  refs: PlanReferences,
  today: string,
  plan: Pick<PlanRow, 'historical' | 'status' | 'createdAt'>,
): MeasureView {
  return {
    ...pickFields(row, ['id', 'priorityId', 'position', 'title', 'description']),
    responsible: (row.responsibleOrganizationId && refs.organizations.get(row.responsibleOrganizationId)) || null,
    partners: partners.flatMap((partner) => (refs.organizations.has(partner.organizationId) ? [refs.organizations.get(partner.organizationId)!] : [])),
    ...pickFields(row, MEASURE_TERMS),
    project: (row.projectId && refs.projects.get(row.projectId)) || null,
    source: row.sourceType && row.sourceId ? { type: row.sourceType, id: row.sourceId, title: row.sourceTitle ?? {} } : null,
    latestProgress: latest ? presentProgress(latest) : null,
    overdue: isOverdue(row, latest, today, plan),
  };
}

export const presentPriority = (row: PriorityRow, refs: PlanReferences): PriorityView => ({
  ...pickFields(row, ['id', 'position', 'title', 'description']),
  theme: (row.themeId && refs.themes.get(row.themeId)) || null,
});

export function presentSide(side: SideRow, plan: PlanRow, agreements: AgreementRow[], refs: PlanReferences, viewer: Viewer): SideView {
  const agreement = agreements.filter((row) => row.sideId === side.id).sort((a, b) => b.revision - a.revision)[0];
  const workspace = refs.workspaces.get(side.workspaceId) ?? { id: side.workspaceId, slug: '', name: '' };
  const current = agreement?.revision === plan.revision;
  const blocker = agreeBlockerOf(side, plan, agreements, viewer, current);
  const inviteBlocker = inviteBlockerOf(side, plan, viewer, current);
  return {
    id: side.id,
    label: side.label,
    place: (side.placeId && refs.places.get(side.placeId)) || null,
    organization: (side.organizationId && refs.organizations.get(side.organizationId)) || null,
    workspace,
    agreement: agreement ? { userName: agreement.userName, agreedAt: agreement.agreedAt.toISOString(), revision: agreement.revision, current } : null,
    canAgree: blocker === null,
    agreeBlocker: blocker,
    canWithdraw: plan.status === 'draft' && current && canAgreeFor(viewer, side),
    canInvite: inviteBlocker === null,
    inviteBlocker,
  };
}

/** Why the viewer may not invite someone to agree for a side now, or null when they may. */
function inviteBlockerOf(side: SideRow, plan: PlanRow, viewer: Viewer, current: boolean): InviteBlocker | null {
  if (plan.status !== 'draft') return 'plan_not_draft';
  if (current) return 'agreed';
  if (viewer.kind !== 'user') return 'signed_out';
  if (viewer.via.kind === 'token' && viewer.via.scope === 'read') return 'read_only_token';
  return canInviteAs(viewer, side.workspaceId, 'coordinator') ? null : 'not_coordinator';
}

/** Why the viewer may not agree for a side now, or null when they may. */
function agreeBlockerOf(side: SideRow, plan: PlanRow, agreements: AgreementRow[], viewer: Viewer, current: boolean): AgreeBlocker | null {
  if (plan.status !== 'draft') return 'plan_not_draft';
  if (current) return 'agreed';
  if (viewer.kind !== 'user') return 'signed_out';
  if (viewer.via.kind === 'token' && viewer.via.scope === 'read') return 'read_only_token';
  if (!canAgreeFor(viewer, side)) return 'not_coordinator';
  // One person agrees for one side only.
  const ownOther = agreements.some((row) => row.revision === plan.revision && row.sideId !== side.id && row.userId !== null && row.userId === viewer.userId);
  return ownOther ? 'agreed_other_side' : null;
}

export function presentVersionSummary(row: VersionRow) {
  return { number: row.number, agreedAt: row.agreedAt.toISOString(), agreements: row.agreements };
}

export function presentPlanDetail(
  plan: PlanRow,
  content: {
    sides: SideRow[];
    priorities: PriorityRow[];
    measures: MeasureRow[];
    partners: MeasurePartnerRow[];
    latest: ProgressRow[];
    agreements: AgreementRow[];
    versions: VersionRow[];
  },
  refs: PlanReferences,
  access: { viewer: Viewer; canEdit: boolean; canReport: boolean; today: string },
): PlanDetail {
  const latestByMeasure = new Map(content.latest.map((row) => [row.measureId, row]));
  return {
    ...presentPlanSummary(plan, refs),
    workspaceId: plan.workspaceId,
    summary: plan.summary,
    revision: plan.revision,
    canEdit: access.canEdit,
    canReport: access.canReport,
    sides: content.sides.map((side) => presentSide(side, plan, content.agreements, refs, access.viewer)),
    priorities: content.priorities.map((priority) => presentPriority(priority, refs)),
    measures: content.measures.map((measure) =>
      presentMeasure(
        measure,
        content.partners.filter((partner) => partner.measureId === measure.id),
        latestByMeasure.get(measure.id),
        refs,
        access.today,
        plan,
      ),
    ),
    versions: content.versions.map(presentVersionSummary),
  };
}
