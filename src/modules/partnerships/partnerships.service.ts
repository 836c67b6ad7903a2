import { notFound } from '../../core/errors.js';
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
  const [places, organizations] = await Promise.all([
    placeRefsByIds(ctx, parties.map((party) => party.placeId)),
    organizationRefsByIds(ctx, parties.map((party) => party.organizationId)),
  ]);
  return { places, organizations };
}

function groupByPartnership(parties: PartyRow[]): Map<string, PartyRow[]> {
  const grouped = new Map<string, PartyRow[]>();
  for (const party of parties) grouped.set(party.partnershipId, [...(grouped.get(party.partnershipId) ?? []), party]);
  return grouped;
}

export async function listPartnerships(ctx: ServiceContext, query: PartnershipListQuery): Promise<Page<PartnershipSummary>> {
  const cursor = decodeCursor(query.cursor, 2);
  const rows = await listPartnershipRows(ctx.db, ctx.viewer, query, {
    limit: query.limit,
    after: cursor ? { sortTitle: String(cursor[0]), id: String(cursor[1]) } : undefined,
  });
  const parties = await findPartyRows(ctx.db, rows.slice(0, query.limit).map((row) => row.id));
  const refs = await partyReferences(ctx, parties);
  const partiesByPartnership = groupByPartnership(parties);
  return toPage(
    rows,
    query.limit,
    (row) => [row.sortTitle, row.id],
    (row) => presentPartnershipSummary(row, partiesByPartnership.get(row.id) ?? [], refs),
  );
}

export async function getPartnership(ctx: ServiceContext, id: string): Promise<PartnershipDetail> {
  const row = await findPartnershipRow(ctx.db, ctx.viewer, id);
  if (!row) throw notFound('Partnership', id);
  const [parties, parent, children] = await Promise.all([
    findPartyRows(ctx.db, [id]),
    row.parentId ? findPartnershipRow(ctx.db, ctx.viewer, row.parentId) : Promise.resolve(undefined),
    findChildPartnershipRows(ctx.db, ctx.viewer, id),
  ]);
  const refs = await partyReferences(ctx, parties);
  return presentPartnershipDetail(row, parties, refs, parent, children);
}
