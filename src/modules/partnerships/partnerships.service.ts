import { canEdit, canRead, requireRead } from '../../core/auth/policy.js';
import { decodeCursor, toPage, type Page } from '../../core/http/pagination.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { presentPartnershipDetail, presentPartnershipSummary, type PartyReferences } from './partnerships.presenter.js';
import {
  findChildPartnershipRows,
  findPartnershipRow,
  findPartyRows,
  listPartnershipRows,
  type PartyRow,
} from './partnerships.repository.js';
import type { PartnershipDetail, PartnershipListQuery, PartnershipSummary } from './partnerships.schemas.js';

async function partyReferences(ctx: ServiceContext, parties: PartyRow[]): Promise<PartyReferences> {
  const places = await placeRefsByIds(ctx, parties.map((party) => party.placeId));
  const organizations = await organizationRefsByIds(ctx, parties.map((party) => party.organizationId));
  return { places, organizations };
}

function groupByPartnership(parties: PartyRow[]): Map<string, PartyRow[]> {
  const grouped = new Map<string, PartyRow[]>();
  for (const party of parties) grouped.set(party.partnershipId, [...(grouped.get(party.partnershipId) ?? []), party]);
  return grouped;
}

export async function listPartnerships(ctx: ServiceContext, query: PartnershipListQuery): Promise<Page<PartnershipSummary>> {
  const cursor = decodeCursor(query.cursor, 2);
  return ctx.transaction(async (tx, ctx) => {
    const rows = await listPartnershipRows(tx, ctx.viewer, query, {
      limit: query.limit,
      after: cursor ? { sortTitle: String(cursor[0]), id: String(cursor[1]) } : undefined,
    });
    const parties = await findPartyRows(tx, rows.slice(0, query.limit).map((row) => row.id));
    const refs = await partyReferences(ctx, parties);
    const partiesByPartnership = groupByPartnership(parties);
    return toPage(
      rows,
      query.limit,
      (row) => [row.sortTitle, row.id],
      (row) => presentPartnershipSummary(row, partiesByPartnership.get(row.id) ?? [], refs),
    );
  });
}

export async function getPartnership(ctx: ServiceContext, id: string): Promise<PartnershipDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const row = requireRead(ctx.viewer, await findPartnershipRow(tx, id), 'Partnership', id);
    const parties = await findPartyRows(tx, [id]);
    const parentRow = row.parentId ? await findPartnershipRow(tx, row.parentId) : undefined;
    const parent = parentRow && canRead(ctx.viewer, parentRow) ? parentRow : undefined;
    const children = await findChildPartnershipRows(tx, ctx.viewer, id);
    const refs = await partyReferences(ctx, parties);
    return presentPartnershipDetail(row, parties, refs, parent, children, canEdit(ctx.viewer, row));
  });
}
