import { canEdit } from '../../core/auth/policy.js';
import type { DbExecutor } from '../../core/db/client.js';
import { invalidField, notFound } from '../../core/errors.js';
import { decodeCursor, type Page, toPage } from '../../core/http/pagination.js';
import { sortedPage } from '../../core/sorted-page.js';
import { firstText, todayIso } from '../../core/http/record-fields.js';
import type { ServiceContext } from '../../core/service-context.js';
import { canReadPlan, canReportOn, requireReadPlan } from './plan-access.js';
import { loadPlanReferences } from './plan-references.js';
import { diffSnapshots, planSnapshot } from './plan-snapshot.js';
import { isOverdue, presentPlanDetail, presentPlanSummary, presentProgress, presentVersionSummary } from './plans.presenter.js';
import {
  findAgreementRows,
  findMeasurePartnerRows,
  findMeasureRow,
  findMeasureRows,
  findMeasuresWithPlans,
  findPlanRow,
  findPriorityRows,
  findProgressRows,
  findSideRows,
  findVersionRow,
  findVersionRows,
  latestProgressRows,
  listMeasureLinkRows,
  listPlanRows,
  type PlanRow,
  type SideRow,
} from './plans.repository.js';
import type { Dashboard, PlanDetail, PlanListQuery, PlanSummary } from './plans.schemas.js';
import { auditTrail } from '../audit/audit.service.js';

/** The history of action plans: their own changes and those of their content, agreements and progress. */
export const actionPlanAudit = auditTrail<PlanRow>('action_plan', (row) => firstText(row.title));

/** The plan with its sides, if the viewer may read it (404 otherwise). */
export async function readablePlan(tx: DbExecutor, ctx: ServiceContext, id: string): Promise<{ plan: PlanRow; sides: SideRow[] }> {
  const plan = await findPlanRow(tx, id);
  const sides = plan ? await findSideRows(tx, [id]) : [];
  return { plan: requireReadPlan(ctx.viewer, plan, sides, id), sides };
}

export async function planContent(tx: DbExecutor, planId: string) {
  const priorities = await findPriorityRows(tx, planId);
  const measures = await findMeasureRows(tx, planId);
  const partners = await findMeasurePartnerRows(tx, measures.map((measure) => measure.id));
  return { priorities, measures, partners };
}

/** The plan's content as it stands now, with the names of what it links to. */
export async function currentSnapshot(tx: DbExecutor, ctx: ServiceContext, plan: PlanRow, sides: SideRow[]): Promise<Record<string, unknown>> {
  const content = await planContent(tx, plan.id);
  const refs = await loadPlanReferences(ctx, { plans: [plan], sides, ...content });
  return planSnapshot(plan, { sides, ...content }, refs);
}

export function listPlans(ctx: ServiceContext, query: PlanListQuery): Promise<Page<PlanSummary>> {
  return sortedPage(ctx, query, {
    column: 'sortTitle',
    rows: (tx, ctx, window) => listPlanRows(tx, ctx.viewer, query, window),
    present: async (shown, _tx, ctx) => {
      const refs = await loadPlanReferences(ctx, { plans: shown });
      return (row) => presentPlanSummary(row, refs);
    },
  });
}

export async function getPlan(ctx: ServiceContext, id: string): Promise<PlanDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const { plan, sides } = await readablePlan(tx, ctx, id);
    const content = await planContent(tx, id);
    const latest = await latestProgressRows(tx, id);
    const agreements = await findAgreementRows(tx, id);
    const versions = await findVersionRows(tx, id);
    const refs = await loadPlanReferences(ctx, { plans: [plan], sides, ...content });
    return presentPlanDetail(plan, { sides, ...content, latest, agreements, versions }, refs, {
      viewer: ctx.viewer,
      canEdit: canEdit(ctx.viewer, plan),
      canReport: canReportOn(ctx.viewer, plan, sides),
      today: todayIso(),
    });
  });
}

export async function getVersion(ctx: ServiceContext, id: string, number: number) {
  return ctx.transaction(async (tx, ctx) => {
    await readablePlan(tx, ctx, id);
    const version = await findVersionRow(tx, id, number);
    if (!version) throw notFound('Version', String(number));
    return { ...presentVersionSummary(version), snapshot: version.snapshot };
  });
}

/** Field by field, what changed between two agreed versions, or between a version and the current draft. */
export async function compareVersions(ctx: ServiceContext, id: string, from: string, to: string) {
  return ctx.transaction(async (tx, ctx) => {
    const { plan, sides } = await readablePlan(tx, ctx, id);
    const load = async (which: string, field: string) => {
      if (which === 'draft') return currentSnapshot(tx, ctx, plan, sides);
      const version = await findVersionRow(tx, id, Number(which));
      if (!version) throw invalidField(field, 'version_missing', `the plan has no version ${which}`);
      return version.snapshot;
    };
    const before = await load(from, 'query.from');
    const after = await load(to, 'query.to');
    return { from, to, changes: diffSnapshots(before, after) };
  });
}

export async function listProgress(ctx: ServiceContext, id: string, measureId: string) {
  return ctx.transaction(async (tx, ctx) => {
    await readablePlan(tx, ctx, id);
    if (!(await findMeasureRow(tx, id, measureId))) throw notFound('Measure', measureId);
    return { items: (await findProgressRows(tx, id, measureId)).map(presentProgress) };
  });
}

/** Timeline of measures, progress by priority and what is overdue. */
export async function planDashboard(ctx: ServiceContext, id: string): Promise<Dashboard> {
  return ctx.transaction(async (tx, ctx) => {
    const { plan } = await readablePlan(tx, ctx, id);
    const { priorities, measures } = await planContent(tx, id);
    const latest = new Map((await latestProgressRows(tx, id)).map((row) => [row.measureId, row]));
    const today = todayIso();
    const timeline = measures
      .map((measure) => ({
        measureId: measure.id,
        priorityId: measure.priorityId,
        title: measure.title,
        startDate: measure.startDate,
        endDate: measure.endDate,
        status: latest.get(measure.id)?.status ?? null,
        lastReportedOn: latest.get(measure.id)?.reportedOn ?? null,
        overdue: isOverdue(measure, latest.get(measure.id), today, plan),
      }))
      .sort((a, b) => (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') || (a.endDate ?? '9999').localeCompare(b.endDate ?? '9999'));
    const byStatus: Record<string, number> = { on_track: 0, at_risk: 0, delayed: 0, done: 0, not_reported: 0 };
    for (const entry of timeline) byStatus[entry.status ?? 'not_reported']! += 1;
    return {
      today,
      period: { start: plan.periodStart, end: plan.periodEnd },
      totals: { measures: measures.length, overdue: timeline.filter((entry) => entry.overdue).length, byStatus },
      byPriority: priorities.map((priority) => {
        const own = timeline.filter((entry) => entry.priorityId === priority.id);
        const counted = (status: string | null) => own.filter((entry) => entry.status === status).length;
        return {
          priorityId: priority.id,
          title: priority.title,
          measures: own.length,
          onTrack: counted('on_track'),
          atRisk: counted('at_risk'),
          delayed: counted('delayed'),
          done: counted('done'),
          notReported: counted(null),
          overdue: own.filter((entry) => entry.overdue).length,
        };
      }),
      timeline,
    };
  });
}

/** Measures that came from a source (an outcome, an idea) or belong to a project, in plans the viewer may read. */
export async function listMeasureLinks(ctx: ServiceContext, query: { sourceType?: string; sourceId?: string; projectId?: string; limit: number; cursor?: string }) {
  const cursor = decodeCursor(query.cursor, 1);
  return ctx.transaction(async (tx, ctx) => {
    const rows = await listMeasureLinkRows(tx, ctx.viewer, query, { limit: query.limit, after: cursor ? { id: String(cursor[0]) } : undefined });
    const refs = await loadPlanReferences(ctx, { plans: [], measures: rows.map((row) => row.measure) });
    return toPage(
      rows,
      query.limit,
      (row) => [row.measure.id],
      ({ measure, plan }) => ({
        id: measure.id,
        title: measure.title,
        plan: { id: plan.id, title: plan.title, status: plan.status },
        source: measure.sourceType && measure.sourceId ? { type: measure.sourceType, id: measure.sourceId, title: measure.sourceTitle ?? {} } : null,
        project: (measure.projectId && refs.projects.get(measure.projectId)) || null,
        startDate: measure.startDate,
        endDate: measure.endDate,
      }),
    );
  });
}

export interface MeasureBudgetLine {
  id: string;
  priorityId: string;
  title: Record<string, string>;
  budget: number | null;
  currency: string;
}

/** The measures of a plan the viewer may read, with their budgets; for the funding module. */
export async function planMeasureBudgets(ctx: ServiceContext, id: string): Promise<{ planId: string; title: Record<string, string>; measures: MeasureBudgetLine[] }> {
  return ctx.transaction(async (tx, ctx) => {
    const { plan } = await readablePlan(tx, ctx, id);
    const measures = await findMeasureRows(tx, id);
    return {
      planId: plan.id,
      title: plan.title,
      measures: measures.map((measure) => ({ id: measure.id, priorityId: measure.priorityId, title: measure.title, budget: measure.budget, currency: measure.currency })),
    };
  });
}

/** The measures among `ids` whose plans the viewer may read, with their plan's title; for other modules. */
export async function visibleMeasures(ctx: ServiceContext, ids: Iterable<string | null | undefined>) {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  return ctx.transaction(async (tx, ctx) => {
    const rows = await findMeasuresWithPlans(tx, unique);
    const sides = await findSideRows(tx, [...new Set(rows.map((row) => row.plan.id))]);
    const visible = rows.filter((row) => canReadPlan(ctx.viewer, row.plan, sides.filter((side) => side.planId === row.plan.id)));
    return new Map(
      visible.map(({ measure, plan }) => [
        measure.id,
        { id: measure.id, title: measure.title, budget: measure.budget, currency: measure.currency, plan: { id: plan.id, title: plan.title } },
      ]),
    );
  });
}

/** Whether the viewer may change the plan (not only report on it); for modules that link records to plans. */
export const mayEditPlan = (ctx: ServiceContext, plan: PlanRow) => canEdit(ctx.viewer, plan);
