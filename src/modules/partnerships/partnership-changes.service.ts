import { canRead, requireCreateIn, requireEdit } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { validationFailed, type FieldIssue } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { requireVisibleThemes } from '../themes/themes.service.js';
import {
  deletePartnershipRow,
  findPartnershipRow,
  findPartnershipThemeIds,
  findPartyRows,
  insertPartnership,
  replaceParties,
  replacePartnershipThemeIds,
  updatePartnershipRow,
  type PartnershipRow,
  type PartyRow,
} from './partnerships.repository.js';
import type { PartnershipCreate, PartnershipUpdate } from './partnerships.schemas.js';
import { getPartnership } from './partnerships.service.js';
import type { DatePrecision } from './partnerships.tables.js';
import { auditTrail } from '../audit/audit.service.js';
import { labelText } from '../../core/http/record-fields.js';

const partnershipAudit = auditTrail<PartnershipRow>('partnership', (row) => labelOf(row));

type PartyInput = PartnershipCreate['parties'][number];

/** "1961" → 1961-01-01 with year precision; "2018-05" → 2018-05-01 with month precision. */
export function parsePartialDate(value: string | null): { date: string | null; precision: DatePrecision } {
  if (value === null) return { date: null, precision: 'day' };
  const parts = value.split('-');
  if (parts.length === 1) return { date: `${value}-01-01`, precision: 'year' };
  if (parts.length === 2) return { date: `${value}-01`, precision: 'month' };
  return { date: value, precision: 'day' };
}

function partialDateIssues(field: string, value: string | null): FieldIssue[] {
  if (value === null || value.length < 10) return [];
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? [{ field, code: 'invalid_date', message: 'is not a calendar date' }] : [];
}

async function partyIssues(ctx: ServiceContext, parties: PartyInput[]): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const places = await placeRefsByIds(ctx, parties.map((party) => ('placeId' in party ? party.placeId : null)));
  const organizations = await organizationRefsByIds(ctx, parties.map((party) => ('organizationId' in party ? party.organizationId : null)));
  const seen = new Set<string>();
  parties.forEach((party, index) => {
    const id = 'placeId' in party ? party.placeId : party.organizationId;
    if (seen.has(id)) issues.push({ field: `body.parties.${index}`, code: 'listed_twice', message: 'is listed twice' });
    seen.add(id);
    if ('placeId' in party && !places.has(party.placeId)) {
      issues.push({ field: `body.parties.${index}.placeId`, code: 'unknown_reference', message: 'refers to no place you can see' });
    }
    if ('organizationId' in party && !organizations.has(party.organizationId)) {
      issues.push({ field: `body.parties.${index}.organizationId`, code: 'unknown_reference', message: 'refers to no organisation you can see' });
    }
  });
  return issues;
}

/** A parent must be a partnership the viewer can see, and not the partnership itself or one inside it. */
async function parentIssues(tx: DbExecutor, ctx: ServiceContext, parentId: string | null, selfId?: string): Promise<FieldIssue[]> {
  if (!parentId) return [];
  let current: string | null = parentId;
  for (let depth = 0; current && depth < 20; depth++) {
    if (current === selfId) return [{ field: 'body.parentId', code: 'merge_into_self', message: 'would make the partnership part of itself' }];
    const row: PartnershipRow | undefined = await findPartnershipRow(tx, current);
    if (!row || (depth === 0 && !canRead(ctx.viewer, row))) return [{ field: 'body.parentId', code: 'unknown_reference', message: 'refers to no partnership you can see' }];
    current = row.parentId;
  }
  return [];
}

function endIssues(since: string | null, endedOn: string | null): FieldIssue[] {
  return since && endedOn && endedOn < since ? [{ field: 'body.endedOn', code: 'end_before_start', message: 'must not be before the partnership began' }] : [];
}

const snapshot = (row: PartnershipRow, parties: { placeId: string | null; organizationId: string | null }[], themeIds: string[]) => ({
  kind: row.kind,
  title: row.title,
  description: row.description,
  since: row.since,
  sincePrecision: row.sincePrecision,
  status: row.status,
  endedOn: row.endedOn,
  parentId: row.parentId,
  visibility: row.visibility,
  parties: parties.map((party) => party.placeId ?? party.organizationId),
  themeIds,
});

const labelOf = (row: PartnershipRow) => labelText(row.title);

export async function createPartnership(ctx: ServiceContext, input: PartnershipCreate) {
  requireCreateIn(ctx.viewer, input.workspaceId);
  const id = await ctx.transaction(async (tx, ctx) => {
    const since = parsePartialDate(input.since);
    const issues = [
      ...partialDateIssues('body.since', input.since),
      ...endIssues(since.date, input.endedOn),
      ...(await partyIssues(ctx, input.parties)),
      ...(await parentIssues(tx, ctx, input.parentId)),
    ];
    if (issues.length > 0) throw validationFailed(issues);
    await requireVisibleThemes(ctx, input.themeIds, 'body.themeIds');
    const row = await insertPartnership(tx, {
      workspaceId: input.workspaceId,
      visibility: input.visibility,
      kind: input.kind,
      title: input.title,
      description: input.description,
      since: since.date,
      sincePrecision: since.precision,
      status: input.status,
      endedOn: input.endedOn,
      parentId: input.parentId,
      createdBy: userIdOf(ctx.viewer),
    });
    await replaceParties(tx, row.id, input.parties);
    await replacePartnershipThemeIds(tx, row.id, input.themeIds);
    const parties = input.parties.map((party) => ({ placeId: 'placeId' in party ? party.placeId : null, organizationId: 'organizationId' in party ? party.organizationId : null }));
    await partnershipAudit.created(tx, ctx, row, snapshot(row, parties, [...new Set(input.themeIds)]));
    return row.id;
  });
  return getPartnership(ctx, id);
}

export async function updatePartnership(ctx: ServiceContext, id: string, changes: PartnershipUpdate) {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findPartnershipRow(tx, id), 'Partnership', id);
    const partiesBefore: PartyRow[] = await findPartyRows(tx, [id]);
    const since = changes.since !== undefined ? parsePartialDate(changes.since) : { date: before.since, precision: before.sincePrecision };
    const endedOn = changes.endedOn !== undefined ? changes.endedOn : before.endedOn;
    const issues = [
      ...(changes.since !== undefined ? partialDateIssues('body.since', changes.since) : []),
      ...endIssues(since.date, endedOn),
      ...(changes.parties ? await partyIssues(ctx, changes.parties) : []),
      ...(changes.parentId !== undefined ? await parentIssues(tx, ctx, changes.parentId, id) : []),
    ];
    if (issues.length > 0) throw validationFailed(issues);
    if (changes.themeIds) await requireVisibleThemes(ctx, changes.themeIds, 'body.themeIds');
    const themesBefore = (await findPartnershipThemeIds(tx, [id])).get(id) ?? [];
    const { parties, themeIds, since: _since, ...fields } = changes;
    const after = await updatePartnershipRow(tx, id, { ...fields, since: since.date, sincePrecision: since.precision });
    if (parties) await replaceParties(tx, id, parties);
    if (themeIds) await replacePartnershipThemeIds(tx, id, themeIds);
    const partiesAfter = parties ? await findPartyRows(tx, [id]) : partiesBefore;
    await partnershipAudit.updated(tx, ctx, after, snapshot(before, partiesBefore, themesBefore), snapshot(after, partiesAfter, themeIds ? [...new Set(themeIds)] : themesBefore));
  });
  return getPartnership(ctx, id);
}

export async function deletePartnership(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findPartnershipRow(tx, id), 'Partnership', id);
    const parties = await findPartyRows(tx, [id]);
    const themeIds = (await findPartnershipThemeIds(tx, [id])).get(id) ?? [];
    await deletePartnershipRow(tx, id);
    await partnershipAudit.deleted(tx, ctx, before, snapshot(before, parties, themeIds));
  });
}
