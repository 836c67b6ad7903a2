import { randomUUID } from 'node:crypto';
import { userIdOf } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { notFound, validationFailed, type FieldIssue } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { projectRefsByIds } from '../projects/projects.service.js';
import { requireVisibleThemes } from '../themes/themes.service.js';
import { requireDraft, requireEditPlan } from './plan-access.js';
import {
  bumpRevision,
  countMeasuresOf,
  deleteMeasureRow,
  deletePriorityRow,
  findMeasurePartnerRows,
  findMeasureRow,
  findPlanRow,
  findPriorityRows,
  findSideRows,
  insertMeasureRow,
  insertPriorityRow,
  nextMeasurePosition,
  nextPriorityPosition,
  replaceMeasurePartners,
  updateMeasureRow,
  updatePriorityRow,
  type MeasureRow,
  type PlanRow,
  type PriorityRow,
} from './plans.repository.js';
import type { MeasureCreate, MeasureFromSource, MeasureUpdate, PlanDetail, PriorityInput, PriorityUpdate } from './plans.schemas.js';
import { actionPlanAudit, getPlan } from './plans.service.js';
import { planConflict } from './plans.errors.js';
import { auditedMeasure } from './plans.presenter.js';

/** A draft plan the viewer may change. */
async function draftPlan(tx: DbExecutor, ctx: ServiceContext, id: string): Promise<PlanRow> {
  const plan = requireEditPlan(ctx.viewer, await findPlanRow(tx, id), await findSideRows(tx, [id]), id);
  requireDraft(plan);
  return plan;
}

async function recordContentChange(tx: DbExecutor, ctx: ServiceContext, plan: PlanRow, before: object | null, after: object | null) {
  await bumpRevision(tx, plan.id);
  await actionPlanAudit.updated(tx, ctx, plan, before, after);
}

const auditedPriority = (row: PriorityRow) => ({ priority: row.title, description: row.description, themeId: row.themeId, position: row.position });

export async function addPriority(ctx: ServiceContext, planId: string, input: PriorityInput): Promise<PlanDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const plan = await draftPlan(tx, ctx, planId);
    if (input.themeId) await requireVisibleThemes(ctx, [input.themeId], 'body.themeId').catch(() => {
      throw validationFailed([{ field: 'body.themeId', code: 'unknown_reference', message: 'refers to no theme you can see' }]);
    });
    const row = await insertPriorityRow(tx, {
      planId,
      title: input.title,
      description: input.description,
      themeId: input.themeId,
      position: input.position ?? (await nextPriorityPosition(tx, planId)),
    });
    await recordContentChange(tx, ctx, plan, null, auditedPriority(row));
  });
  return getPlan(ctx, planId);
}

async function priorityOf(tx: DbExecutor, planId: string, priorityId: string): Promise<PriorityRow> {
  const priority = (await findPriorityRows(tx, planId)).find((row) => row.id === priorityId);
  if (!priority) throw notFound('Priority', priorityId);
  return priority;
}

export async function updatePriority(ctx: ServiceContext, planId: string, priorityId: string, changes: PriorityUpdate): Promise<PlanDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const plan = await draftPlan(tx, ctx, planId);
    const before = await priorityOf(tx, planId, priorityId);
    if (changes.themeId) await requireVisibleThemes(ctx, [changes.themeId], 'body.themeId').catch(() => {
      throw validationFailed([{ field: 'body.themeId', code: 'unknown_reference', message: 'refers to no theme you can see' }]);
    });
    const after = await updatePriorityRow(tx, priorityId, changes);
    await recordContentChange(tx, ctx, plan, auditedPriority(before), auditedPriority(after));
  });
  return getPlan(ctx, planId);
}

export async function deletePriority(ctx: ServiceContext, planId: string, priorityId: string): Promise<PlanDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const plan = await draftPlan(tx, ctx, planId);
    const before = await priorityOf(tx, planId, priorityId);
    const measures = await countMeasuresOf(tx, priorityId);
    if (measures > 0) throw planConflict('priority_has_measures', `The priority still has ${measures} measure(s); move or delete them first`, { count: measures }, [{ field: 'priorityId', code: 'invalid_state', message: 'still has measures' }]);
    await deletePriorityRow(tx, priorityId);
    await recordContentChange(tx, ctx, plan, auditedPriority(before), null);
  });
  return getPlan(ctx, planId);
}

type MeasureFields = Partial<MeasureCreate>;

/** Dates inside the plan period, the priority of this plan, and linked records the viewer can see. */
async function measureIssues(tx: DbExecutor, ctx: ServiceContext, plan: PlanRow, fields: MeasureFields, current?: MeasureRow): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const startDate = fields.startDate !== undefined ? fields.startDate : (current?.startDate ?? null);
  const endDate = fields.endDate !== undefined ? fields.endDate : (current?.endDate ?? null);
  const period = `the plan period (${plan.periodStart} to ${plan.periodEnd})`;
  if (startDate && (startDate < plan.periodStart || startDate > plan.periodEnd)) issues.push({ field: 'body.startDate', code: 'date_outside_range', params: { from: plan.periodStart, to: plan.periodEnd }, message: `must lie within ${period}` });
  if (endDate && (endDate < plan.periodStart || endDate > plan.periodEnd)) issues.push({ field: 'body.endDate', code: 'date_outside_range', params: { from: plan.periodStart, to: plan.periodEnd }, message: `must lie within ${period}` });
  if (startDate && endDate && endDate < startDate) issues.push({ field: 'body.endDate', code: 'end_before_start', message: 'must not be before the start date' });
  if (fields.priorityId && !(await findPriorityRows(tx, plan.id)).some((priority) => priority.id === fields.priorityId)) {
    issues.push({ field: 'body.priorityId', code: 'unknown_reference', message: 'refers to no priority of this plan' });
  }
  const organizationIds = [fields.responsibleOrganizationId, ...(fields.partnerOrganizationIds ?? [])];
  const organizations = await organizationRefsByIds(ctx, organizationIds);
  if (fields.responsibleOrganizationId && !organizations.has(fields.responsibleOrganizationId)) {
    issues.push({ field: 'body.responsibleOrganizationId', code: 'unknown_reference', message: 'refers to no organisation you can see' });
  }
  const seen = new Set<string>();
  (fields.partnerOrganizationIds ?? []).forEach((id, index) => {
    if (!organizations.has(id)) issues.push({ field: `body.partnerOrganizationIds.${index}`, code: 'unknown_reference', message: 'refers to no organisation you can see' });
    if (seen.has(id)) issues.push({ field: `body.partnerOrganizationIds.${index}`, code: 'listed_twice', message: 'is listed twice' });
    seen.add(id);
  });
  if (fields.projectId && !(await projectRefsByIds(ctx, [fields.projectId])).has(fields.projectId)) {
    issues.push({ field: 'body.projectId', code: 'unknown_reference', message: 'refers to no project you can see' });
  }
  return issues;
}

const withIndicatorIds = (indicators: MeasureCreate['indicators']) => indicators.map((indicator) => ({ ...indicator, id: indicator.id ?? randomUUID() }));

async function insertMeasure(tx: DbExecutor, ctx: ServiceContext, plan: PlanRow, input: MeasureCreate, source?: { type: string; id: string; title: Record<string, string> }): Promise<MeasureRow> {
  const issues = await measureIssues(tx, ctx, plan, input);
  if (issues.length > 0) throw validationFailed(issues);
  const { partnerOrganizationIds, indicators, position, ...fields } = input;
  const row = await insertMeasureRow(tx, {
    ...fields,
    planId: plan.id,
    indicators: withIndicatorIds(indicators),
    position: position ?? (await nextMeasurePosition(tx, plan.id)),
    sourceType: source?.type ?? null,
    sourceId: source?.id ?? null,
    sourceTitle: source?.title ?? null,
    createdBy: userIdOf(ctx.viewer),
  });
  await replaceMeasurePartners(tx, plan.id, row.id, partnerOrganizationIds);
  await recordContentChange(tx, ctx, plan, null, auditedMeasure(row, partnerOrganizationIds));
  return row;
}

export async function addMeasure(ctx: ServiceContext, planId: string, input: MeasureCreate): Promise<PlanDetail> {
  await ctx.transaction(async (tx, ctx) => insertMeasure(tx, ctx, await draftPlan(tx, ctx, planId), input));
  return getPlan(ctx, planId);
}

const asText = (value: string | Record<string, string>, language: string) => (typeof value === 'string' ? (value.trim() ? { [language]: value.trim() } : {}) : value);

/**
 * Turns an exchange outcome, a project-group idea or any other record into a measure of the plan,
 * keeping a link back to it (its kind, id and title as it was).
 */
export async function addMeasureFromSource(ctx: ServiceContext, planId: string, input: MeasureFromSource): Promise<{ measureId: string; plan: PlanDetail }> {
  const measureId = await ctx.transaction(async (tx, ctx) => {
    const plan = await draftPlan(tx, ctx, planId);
    const title = asText(input.source.title, input.source.language);
    const row = await insertMeasure(
      tx,
      ctx,
      plan,
      {
        priorityId: input.priorityId,
        title,
        description: asText(input.source.description, input.source.language),
        responsibleOrganizationId: input.responsibleOrganizationId,
        partnerOrganizationIds: [],
        startDate: input.startDate,
        endDate: input.endDate,
        budget: null,
        currency: 'EUR',
        funding: {},
        indicators: [],
        projectId: null,
      },
      { type: input.source.sourceType, id: input.source.sourceId, title },
    );
    return row.id;
  });
  return { measureId, plan: await getPlan(ctx, planId) };
}

export async function updateMeasure(ctx: ServiceContext, planId: string, measureId: string, changes: MeasureUpdate): Promise<PlanDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const plan = await draftPlan(tx, ctx, planId);
    const before = await findMeasureRow(tx, planId, measureId);
    if (!before) throw notFound('Measure', measureId);
    const issues = await measureIssues(tx, ctx, plan, changes, before);
    if (issues.length > 0) throw validationFailed(issues);
    const partnersBefore = (await findMeasurePartnerRows(tx, [measureId])).map((partner) => partner.organizationId);
    const { partnerOrganizationIds, indicators, ...fields } = changes;
    const after = await updateMeasureRow(tx, measureId, { ...fields, ...(indicators ? { indicators: withIndicatorIds(indicators) } : {}) });
    if (partnerOrganizationIds) await replaceMeasurePartners(tx, planId, measureId, partnerOrganizationIds);
    await recordContentChange(tx, ctx, plan, auditedMeasure(before, partnersBefore), auditedMeasure(after, partnerOrganizationIds ?? partnersBefore));
  });
  return getPlan(ctx, planId);
}

export async function deleteMeasure(ctx: ServiceContext, planId: string, measureId: string): Promise<PlanDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const plan = await draftPlan(tx, ctx, planId);
    const before = await findMeasureRow(tx, planId, measureId);
    if (!before) throw notFound('Measure', measureId);
    const partners = (await findMeasurePartnerRows(tx, [measureId])).map((partner) => partner.organizationId);
    await deleteMeasureRow(tx, measureId);
    await recordContentChange(tx, ctx, plan, auditedMeasure(before, partners), null);
  });
  return getPlan(ctx, planId);
}
