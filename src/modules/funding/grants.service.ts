import { canEdit, requireCreateIn, requireEdit, requireRead } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import { validationFailed, type FieldIssue } from '../../core/errors.js';
import { decodeCursor, type Page, toPage } from '../../core/http/pagination.js';
import { sortedPage } from '../../core/sorted-page.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { visibleMeasures } from '../plans/plans.service.js';
import { projectRefsByIds } from '../projects/projects.service.js';
import {
  deleteExpenditureRow,
  deleteGrantRow,
  findExpenditureRow,
  findGrantRow,
  insertExpenditureRow,
  insertGrantRow,
  listExpenditureRows,
  listGrantRows,
  updateExpenditureRow,
  updateGrantRow,
  type ExpenditureRow,
  type GrantRow,
} from './funding.repository.js';
import type { ExpenditureCreate, ExpenditureUpdate, ExpenditureView, GrantCreate, GrantListQuery, GrantUpdate, GrantView } from './funding.schemas.js';
import { auditedExpenditure, auditedGrant, expenditureLabel, grantLabel, presentExpenditure, presentGrant } from './funding.presenter.js';
import { programmeRefsByIds } from './programmes.service.js';
import { auditTrail } from '../audit/audit.service.js';

const grantAudit = auditTrail<GrantRow>('grant', grantLabel);
const expenditureAudit = auditTrail<ExpenditureRow>('expenditure', expenditureLabel);

/** Grants with what they link to, as far as the viewer may see it. */
export async function presentGrants(ctx: ServiceContext, rows: GrantRow[]): Promise<GrantView[]> {
  const refs = {
    programmes: await programmeRefsByIds(ctx, rows.map((row) => row.programmeId)),
    projects: await projectRefsByIds(ctx, rows.map((row) => row.projectId)),
    measures: await visibleMeasures(ctx, rows.map((row) => row.measureId)),
    recipients: await organizationRefsByIds(ctx, rows.map((row) => row.recipientOrganizationId)),
  };
  return rows.map((row) => presentGrant(row, refs, canEdit(ctx.viewer, row)));
}

export async function listGrants(ctx: ServiceContext, query: GrantListQuery): Promise<Page<GrantView>> {
  const cursor = decodeCursor(query.cursor, 1);
  return ctx.transaction(async (tx, ctx) => {
    const rows = await listGrantRows(tx, ctx.viewer, query, { limit: query.limit, after: cursor ? { id: String(cursor[0]) } : undefined });
    const views = new Map((await presentGrants(ctx, rows.slice(0, query.limit))).map((view) => [view.id, view]));
    return toPage(rows, query.limit, (row) => [row.id], (row) => views.get(row.id)!);
  });
}

export async function getGrant(ctx: ServiceContext, id: string): Promise<GrantView> {
  return ctx.transaction(async (tx, ctx) => {
    const row = requireRead(ctx.viewer, await findGrantRow(tx, id), 'Grant', id);
    return (await presentGrants(ctx, [row]))[0]!;
  });
}

type GrantFields = Partial<Omit<GrantCreate, 'workspaceId'>>;

/** A grant funds a project or a measure the viewer can see, out of a programme (and one of its instruments) the viewer can see. */
async function grantIssues(ctx: ServiceContext, input: GrantFields, current?: GrantRow): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const programmeId = input.programmeId ?? current?.programmeId;
  const programme = programmeId ? (await programmeRefsByIds(ctx, [programmeId])).get(programmeId) : undefined;
  if (input.programmeId && !programme) issues.push({ field: 'body.programmeId', code: 'unknown_reference', message: 'refers to no funding programme you can see' });
  const instrumentId = input.instrumentId !== undefined ? input.instrumentId : (current?.instrumentId ?? null);
  if (instrumentId && programme && !programme.instruments.some((instrument) => instrument.id === instrumentId)) {
    issues.push({ field: 'body.instrumentId', code: 'unknown_reference', message: 'is not an instrument of the programme' });
  }
  const projectId = input.projectId !== undefined ? input.projectId : (current?.projectId ?? null);
  const measureId = input.measureId !== undefined ? input.measureId : (current?.measureId ?? null);
  if (!projectId && !measureId) issues.push({ field: 'body.projectId', code: 'either_required', message: 'a grant funds a project or a measure (measureId)' });
  if (input.projectId && !(await projectRefsByIds(ctx, [input.projectId])).has(input.projectId)) issues.push({ field: 'body.projectId', code: 'unknown_reference', message: 'refers to no project you can see' });
  if (input.measureId && !(await visibleMeasures(ctx, [input.measureId])).has(input.measureId)) issues.push({ field: 'body.measureId', code: 'unknown_reference', message: 'refers to no measure you can see' });
  if (input.recipientOrganizationId && !(await organizationRefsByIds(ctx, [input.recipientOrganizationId])).has(input.recipientOrganizationId)) {
    issues.push({ field: 'body.recipientOrganizationId', code: 'unknown_reference', message: 'refers to no organisation you can see' });
  }
  const start = input.periodStart !== undefined ? input.periodStart : (current?.periodStart ?? null);
  const end = input.periodEnd !== undefined ? input.periodEnd : (current?.periodEnd ?? null);
  if (start && end && end < start) issues.push({ field: 'body.periodEnd', code: 'end_before_start', message: 'must not be before the start of the period' });
  return issues;
}

export async function createGrant(ctx: ServiceContext, input: GrantCreate): Promise<GrantView> {
  requireCreateIn(ctx.viewer, input.workspaceId);
  const id = await ctx.transaction(async (tx, ctx) => {
    const issues = await grantIssues(ctx, input);
    if (issues.length > 0) throw validationFailed(issues);
    const row = await insertGrantRow(tx, { ...input, createdBy: userIdOf(ctx.viewer) });
    await grantAudit.created(tx, ctx, row, auditedGrant(row));
    return row.id;
  });
  return getGrant(ctx, id);
}

export async function updateGrant(ctx: ServiceContext, id: string, changes: GrantUpdate): Promise<GrantView> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findGrantRow(tx, id), 'Grant', id);
    const issues = await grantIssues(ctx, changes, before);
    if (issues.length > 0) throw validationFailed(issues);
    const after = await updateGrantRow(tx, id, changes);
    await grantAudit.updated(tx, ctx, after, auditedGrant(before), auditedGrant(after));
  });
  return getGrant(ctx, id);
}

export async function deleteGrant(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findGrantRow(tx, id), 'Grant', id);
    await deleteGrantRow(tx, id);
    await grantAudit.deleted(tx, ctx, before, auditedGrant(before));
  });
}

export function listExpenditures(ctx: ServiceContext, query: { projectId?: string; measureId?: string; grantId?: string; limit: number; cursor?: string }): Promise<Page<ExpenditureView>> {
  return sortedPage(ctx, query, {
    column: 'spentOn',
    rows: (tx, ctx, window) => listExpenditureRows(tx, ctx.viewer, query, window),
    present: (_shown, _tx, ctx) => (row) => presentExpenditure(row, canEdit(ctx.viewer, row)),
  });
}

async function expenditureIssues(ctx: ServiceContext, input: Partial<ExpenditureCreate>): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if ('projectId' in input || 'measureId' in input) {
    if (!input.projectId && !input.measureId) issues.push({ field: 'body.projectId', code: 'either_required', message: 'spending is for a project or a measure (measureId)' });
  }
  if (input.projectId && !(await projectRefsByIds(ctx, [input.projectId])).has(input.projectId)) issues.push({ field: 'body.projectId', code: 'unknown_reference', message: 'refers to no project you can see' });
  if (input.measureId && !(await visibleMeasures(ctx, [input.measureId])).has(input.measureId)) issues.push({ field: 'body.measureId', code: 'unknown_reference', message: 'refers to no measure you can see' });
  if (input.grantId) {
    const grant = await ctx.transaction(async (tx, ctx) => {
      const row = await findGrantRow(tx, input.grantId!);
      return row && requireRead(ctx.viewer, row, 'Grant', input.grantId!);
    }).catch(() => undefined);
    if (!grant) issues.push({ field: 'body.grantId', code: 'unknown_reference', message: 'refers to no grant you can see' });
  }
  return issues;
}

export async function createExpenditure(ctx: ServiceContext, input: ExpenditureCreate): Promise<ExpenditureView> {
  requireCreateIn(ctx.viewer, input.workspaceId);
  return ctx.transaction(async (tx, ctx) => {
    const issues = await expenditureIssues(ctx, input);
    if (issues.length > 0) throw validationFailed(issues);
    const row = await insertExpenditureRow(tx, { ...input, createdBy: userIdOf(ctx.viewer) });
    await expenditureAudit.created(tx, ctx, row, auditedExpenditure(row));
    return presentExpenditure(row, canEdit(ctx.viewer, row));
  });
}

export async function updateExpenditure(ctx: ServiceContext, id: string, changes: ExpenditureUpdate): Promise<ExpenditureView> {
  return ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findExpenditureRow(tx, id), 'Expenditure', id);
    const issues = await expenditureIssues(ctx, changes);
    if (issues.length > 0) throw validationFailed(issues);
    const after = await updateExpenditureRow(tx, id, changes);
    await expenditureAudit.updated(tx, ctx, after, auditedExpenditure(before), auditedExpenditure(after));
    return presentExpenditure(after, canEdit(ctx.viewer, after));
  });
}

export async function deleteExpenditure(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findExpenditureRow(tx, id), 'Expenditure', id);
    await deleteExpenditureRow(tx, id);
    await expenditureAudit.deleted(tx, ctx, before, auditedExpenditure(before));
  });
}
