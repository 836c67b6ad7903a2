import { canEdit, canRead, requireCreateIn, requireEdit, requireRead } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { invalidField, notFound } from '../../core/errors.js';
import type { Page } from '../../core/http/pagination.js';
import { sortedPage } from '../../core/sorted-page.js';
import type { ServiceContext } from '../../core/service-context.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import { createExchange } from '../exchanges/exchange-changes.service.js';
import { findExchangeRow } from '../exchanges/exchanges.service.js';
import type { PartnershipLink } from '../partnerships/partnerships.schemas.js';
import { partnershipRefsByIds } from '../partnerships/partnerships.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { programmeConflict } from './programmes.errors.js';
import { presentProgrammeDetail, presentProgrammeSummary } from './programmes.presenter.js';
import { countParts, deleteProgrammeRow, findPartRows, findProgrammeRow, insertProgrammeRow, listProgrammeRows, setPart, updateProgrammeRow, type PartRow, type ProgrammeRow } from '../exchanges/exchanges.service.js';
import type { PartAdd, PartOrder, ProgrammeCreate, ProgrammeDetail, ProgrammeListQuery, ProgrammeSummary, ProgrammeUpdate } from './programmes.schemas.js';
import { labelText } from '../../core/http/record-fields.js';

const labelOf = (row: ProgrammeRow) => labelText(row.title);

const snapshot = (row: ProgrammeRow, parts: PartRow[]) => ({
  title: row.title,
  visibility: row.visibility,
  partnershipId: row.partnershipId,
  plannedParts: row.plannedParts,
  parts: parts.map((part) => part.id),
});

const partnershipLink = (ref: PartnershipLink | undefined): PartnershipLink | undefined => (ref ? { id: ref.id, kind: ref.kind, title: ref.title } : undefined);

export function listProgrammes(ctx: ServiceContext, query: ProgrammeListQuery): Promise<Page<ProgrammeSummary>> {
  return sortedPage(ctx, query, {
    column: 'sortTitle',
    rows: (tx, ctx, window) => listProgrammeRows(tx, ctx.viewer, query, window),
    present: async (shown, tx, ctx) => {
      const counts = await countParts(tx, shown.map((row) => row.id));
      const partnerships = await partnershipRefsByIds(ctx, shown.map((row) => row.partnershipId));
      return (row) => presentProgrammeSummary(row, counts.get(row.id) ?? 0, partnershipLink(row.partnershipId ? partnerships.get(row.partnershipId) : undefined));
    },
  });
}

export async function getProgramme(ctx: ServiceContext, id: string): Promise<ProgrammeDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const row = requireRead(ctx.viewer, await findProgrammeRow(tx, id), 'Programme', id);
    const parts = (await findPartRows(tx, id)).filter((part) => canRead(ctx.viewer, part));
    const partnership = row.partnershipId ? (await partnershipRefsByIds(ctx, [row.partnershipId])).get(row.partnershipId) : undefined;
    const refs = { places: await placeRefsByIds(ctx, parts.map((part) => part.venuePlaceId)), organizations: new Map() };
    return presentProgrammeDetail(row, parts, refs, partnershipLink(partnership), canEdit(ctx.viewer, row));
  });
}

async function requirePartnership(ctx: ServiceContext, partnershipId: string | null | undefined): Promise<void> {
  if (!partnershipId) return;
  if (!(await partnershipRefsByIds(ctx, [partnershipId])).has(partnershipId)) throw invalidField('body.partnershipId', 'unknown_reference', 'refers to no partnership you can see');
}

async function audit(tx: DbExecutor, ctx: ServiceContext, action: 'create' | 'update' | 'delete', before: [ProgrammeRow, PartRow[]] | null, after: [ProgrammeRow, PartRow[]] | null) {
  const row = (after ?? before)![0];
  await recordAuditEvent(tx, ctx, {
    workspaceId: row.workspaceId,
    action,
    entityType: 'programme',
    entityId: row.id,
    label: labelOf(row),
    ...(before ? { before: snapshot(...before) } : {}),
    ...(after ? { after: snapshot(...after) } : {}),
  });
}

export async function createProgramme(ctx: ServiceContext, input: ProgrammeCreate): Promise<ProgrammeDetail> {
  requireCreateIn(ctx.viewer, input.workspaceId);
  const id = await ctx.transaction(async (tx, ctx) => {
    await requirePartnership(ctx, input.partnershipId);
    const row = await insertProgrammeRow(tx, { ...input, createdBy: userIdOf(ctx.viewer) });
    await audit(tx, ctx, 'create', null, [row, []]);
    return row.id;
  });
  return getProgramme(ctx, id);
}

export async function updateProgramme(ctx: ServiceContext, id: string, changes: ProgrammeUpdate): Promise<ProgrammeDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findProgrammeRow(tx, id), 'Programme', id);
    if (changes.partnershipId !== undefined) await requirePartnership(ctx, changes.partnershipId);
    const parts = await findPartRows(tx, id);
    if (changes.plannedParts != null && changes.plannedParts < parts.length) {
      throw invalidField('body.plannedParts', 'too_small', `must be at least ${parts.length}, the number of parts the programme already has`, { min: parts.length });
    }
    const after = await updateProgrammeRow(tx, id, changes);
    await audit(tx, ctx, 'update', [before, parts], [after, parts]);
  });
  return getProgramme(ctx, id);
}

/** Deletes a programme; one with parts only when asked to keep them as single exchanges. */
export async function deleteProgramme(ctx: ServiceContext, id: string, detachParts: boolean): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findProgrammeRow(tx, id), 'Programme', id);
    const parts = await findPartRows(tx, id);
    if (parts.length > 0 && !detachParts) {
      throw programmeConflict('programme_has_parts', `The programme still has ${parts.length} parts; remove them first or delete with detachParts=true`, { count: parts.length });
    }
    for (const part of parts) {
      requireEdit(ctx.viewer, part, 'Exchange', part.id);
      await setPart(tx, part.id, null, null);
    }
    await deleteProgrammeRow(tx, id);
    await audit(tx, ctx, 'delete', [before, parts], null);
  });
}

async function renumber(tx: DbExecutor, programmeId: string, ordered: PartRow[]): Promise<void> {
  for (const [index, part] of ordered.entries()) {
    if (part.seriesPart !== index + 1) await setPart(tx, part.id, programmeId, index + 1);
  }
}

/** Changes the parts of a programme in one transaction, recording the programme with its parts before and after. */
async function changeParts(
  ctx: ServiceContext,
  id: string,
  change: (tx: DbExecutor, ctx: ServiceContext, programme: ProgrammeRow, parts: PartRow[]) => Promise<void>,
): Promise<ProgrammeDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const programme = requireEdit(ctx.viewer, await findProgrammeRow(tx, id), 'Programme', id);
    const parts = await findPartRows(tx, id);
    await change(tx, ctx, programme, parts);
    await audit(tx, ctx, 'update', [programme, parts], [programme, await findPartRows(tx, id)]);
  });
  return getProgramme(ctx, id);
}

/** Adds an existing exchange, or a new one, as the next part of the programme. */
export async function addPart(ctx: ServiceContext, id: string, input: PartAdd): Promise<ProgrammeDetail> {
  return changeParts(ctx, id, async (tx, ctx, programme, parts) => {
    const field = 'exchangeId' in input ? 'body.exchangeId' : 'body.exchange';
    if (programme.plannedParts !== null && parts.length >= programme.plannedParts) {
      throw invalidField(field, 'too_many', `cannot be added: the programme already has all ${programme.plannedParts} planned parts; raise the number of planned parts first`, { max: programme.plannedParts });
    }
    let exchangeId: string;
    if ('exchangeId' in input) {
      const exchange = await findExchangeRow(tx, input.exchangeId);
      if (!exchange || !canRead(ctx.viewer, exchange)) throw invalidField(field, 'unknown_reference', 'refers to no exchange you can see');
      requireEdit(ctx.viewer, exchange, 'Exchange', exchange.id);
      if (exchange.seriesId === id) throw invalidField(field, 'listed_twice', 'is already a part of this programme');
      if (exchange.seriesId !== null) throw invalidField(field, 'invalid_state', 'is already a part of another programme; remove it there first');
      exchangeId = exchange.id;
    } else {
      const created = await createExchange(ctx, {
        ...input.exchange,
        workspaceId: programme.workspaceId,
        partnershipId: input.exchange.partnershipId ?? programme.partnershipId,
      });
      exchangeId = created.id;
    }
    await setPart(tx, exchangeId, id, parts.length + 1);
  });
}

export async function reorderParts(ctx: ServiceContext, id: string, input: PartOrder): Promise<ProgrammeDetail> {
  return changeParts(ctx, id, async (tx, ctx, programme, parts) => {
    const byId = new Map(parts.map((part) => [part.id, part]));
    const unique = new Set(input.exchangeIds);
    if (unique.size !== input.exchangeIds.length || unique.size !== parts.length || input.exchangeIds.some((exchangeId) => !byId.has(exchangeId))) {
      throw invalidField('body.exchangeIds', 'invalid_value', 'must list every part of the programme exactly once');
    }
    await renumber(tx, id, input.exchangeIds.map((exchangeId) => byId.get(exchangeId)!));
  });
}

/** Takes an exchange out of the programme (it stays as a single exchange); the later parts move up. */
export async function removePart(ctx: ServiceContext, id: string, exchangeId: string): Promise<ProgrammeDetail> {
  return changeParts(ctx, id, async (tx, ctx, programme, parts) => {
    const part = parts.find((entry) => entry.id === exchangeId);
    if (!part) throw notFound('Part of the programme', exchangeId);
    await setPart(tx, exchangeId, null, null);
    await renumber(tx, id, parts.filter((entry) => entry.id !== exchangeId));
  });
}
