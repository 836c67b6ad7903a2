import { randomUUID } from 'node:crypto';
import { canEdit, requireCreateIn, requireEdit, requireRead } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import { validationFailed, type FieldIssue } from '../../core/errors.js';
import type { Page } from '../../core/http/pagination.js';
import { sortedPage } from '../../core/sorted-page.js';
import { firstText, todayIso } from '../../core/http/record-fields.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import type { FundingInstrument } from './funding.tables.js';
import {
  deleteProgrammeRow,
  findDeadlineRows,
  findProgrammeRow,
  findProgrammesByIds,
  insertProgrammeRow,
  listDeadlineRows,
  listProgrammeRows,
  replaceDeadlineRows,
  updateProgrammeRow,
  type ProgrammeRow,
} from './funding.repository.js';
import { auditedProgramme, presentDeadline, presentProgrammeDetail, presentProgrammeSummary } from './funding.presenter.js';
import type { ProgrammeCreate, ProgrammeDetail, ProgrammeListQuery, ProgrammeSummary, ProgrammeUpdate } from './funding.schemas.js';
import { auditTrail } from '../audit/audit.service.js';

const fundingProgrammeAudit = auditTrail<ProgrammeRow>('funding_programme', (row) => firstText(row.name));

export async function programmeRefsByIds(ctx: ServiceContext, ids: Iterable<string | null | undefined>) {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  const rows = await ctx.transaction((tx, ctx) => findProgrammesByIds(tx, ctx.viewer, unique));
  return new Map(rows.map((row) => [row.id, row]));
}

export function listProgrammes(ctx: ServiceContext, query: ProgrammeListQuery): Promise<Page<ProgrammeSummary>> {
  return sortedPage(ctx, query, {
    column: 'sortName',
    rows: (tx, ctx, window) => listProgrammeRows(tx, ctx.viewer, query, window),
    present: async (shown, tx, ctx) => {
      const funders = await organizationRefsByIds(ctx, shown.map((row) => row.funderOrganizationId));
      const deadlines = await findDeadlineRows(tx, shown.map((row) => row.id));
      const today = todayIso();
      return (row) => presentProgrammeSummary(row, funders, deadlines, today);
    },
  });
}

export async function getProgramme(ctx: ServiceContext, id: string): Promise<ProgrammeDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const row = requireRead(ctx.viewer, await findProgrammeRow(tx, id), 'Funding programme', id);
    const funders = await organizationRefsByIds(ctx, [row.funderOrganizationId]);
    const deadlines = await findDeadlineRows(tx, [id]);
    return presentProgrammeDetail(row, presentProgrammeSummary(row, funders, deadlines, todayIso()), deadlines, canEdit(ctx.viewer, row));
  });
}

export function listUpcomingDeadlines(ctx: ServiceContext, query: { from?: string; to?: string; programmeId?: string; limit: number; cursor?: string }) {
  return sortedPage(ctx, query, {
    column: 'dueOn',
    rows: (tx, ctx, window) => listDeadlineRows(tx, ctx.viewer, { from: query.from ?? todayIso(), to: query.to, programmeId: query.programmeId }, window),
    cursorOf: (row) => [row.deadline.dueOn, row.deadline.id],
    present: () => presentDeadline,
  });
}

type ProgrammeFields = Partial<Omit<ProgrammeCreate, 'workspaceId'>>;

async function programmeIssues(ctx: ServiceContext, input: ProgrammeFields, current?: ProgrammeRow): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const start = input.periodStart !== undefined ? input.periodStart : (current?.periodStart ?? null);
  const end = input.periodEnd !== undefined ? input.periodEnd : (current?.periodEnd ?? null);
  if (start && end && end < start) issues.push({ field: 'body.periodEnd', code: 'end_before_start', message: 'must not be before the start of the period' });
  if (input.funderOrganizationId && !(await organizationRefsByIds(ctx, [input.funderOrganizationId])).has(input.funderOrganizationId)) {
    issues.push({ field: 'body.funderOrganizationId', code: 'unknown_reference', message: 'refers to no organisation you can see' });
  }
  const instruments = input.instruments ?? current?.instruments ?? [];
  (input.deadlines ?? []).forEach((deadline, index) => {
    if (deadline.instrumentIndex !== null && deadline.instrumentIndex >= instruments.length) {
      issues.push({ field: `body.deadlines.${index}.instrumentIndex`, code: 'too_big', params: { max: instruments.length - 1 }, message: `must be the place of one of the ${instruments.length} instruments (from 0)` });
    }
  });
  return issues;
}

const withIds = (instruments: ProgrammeCreate['instruments']): FundingInstrument[] => instruments.map((instrument) => ({ ...instrument, id: instrument.id ?? randomUUID() }));

const deadlineRows = (deadlines: ProgrammeCreate['deadlines'], instruments: FundingInstrument[]) =>
  deadlines.map((deadline) => ({ dueOn: deadline.dueOn, label: deadline.label, instrumentId: deadline.instrumentIndex === null ? null : (instruments[deadline.instrumentIndex]?.id ?? null) }));

export async function createProgramme(ctx: ServiceContext, input: ProgrammeCreate): Promise<ProgrammeDetail> {
  requireCreateIn(ctx.viewer, input.workspaceId);
  const id = await ctx.transaction(async (tx, ctx) => {
    const issues = await programmeIssues(ctx, input);
    if (issues.length > 0) throw validationFailed(issues);
    const { deadlines, instruments, ...fields } = input;
    const row = await insertProgrammeRow(tx, { ...fields, instruments: withIds(instruments), createdBy: userIdOf(ctx.viewer) });
    await replaceDeadlineRows(tx, row.id, deadlineRows(deadlines, row.instruments));
    await fundingProgrammeAudit.created(tx, ctx, row, auditedProgramme(row, deadlines));
    return row.id;
  });
  return getProgramme(ctx, id);
}

export async function updateProgramme(ctx: ServiceContext, id: string, changes: ProgrammeUpdate): Promise<ProgrammeDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findProgrammeRow(tx, id), 'Funding programme', id);
    const deadlinesBefore = await findDeadlineRows(tx, [id]);
    const issues = await programmeIssues(ctx, changes, before);
    if (issues.length > 0) throw validationFailed(issues);
    const { deadlines, instruments, ...fields } = changes;
    const after = await updateProgrammeRow(tx, id, { ...fields, ...(instruments ? { instruments: withIds(instruments) } : {}) });
    if (deadlines) await replaceDeadlineRows(tx, id, deadlineRows(deadlines, after.instruments));
    await fundingProgrammeAudit.updated(tx, ctx, after, auditedProgramme(before, deadlinesBefore), auditedProgramme(after, deadlines ?? deadlinesBefore));
  });
  return getProgramme(ctx, id);
}

export async function deleteProgramme(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findProgrammeRow(tx, id), 'Funding programme', id);
    const deadlines = await findDeadlineRows(tx, [id]);
    await deleteProgrammeRow(tx, id);
    await fundingProgrammeAudit.deleted(tx, ctx, before, auditedProgramme(before, deadlines));
  });
}
