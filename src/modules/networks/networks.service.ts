import { notFound } from '../../core/errors.js';
import { decodeCursor, toPage, type Page } from '../../core/http/pagination.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { presentNetworkDetail, presentNetworkSummary } from './networks.presenter.js';
import { countCurrentMembers, findMemberRows, findNetworkRow, listNetworkRows } from './networks.repository.js';
import type { NetworkDetail, NetworkListQuery, NetworkSummary } from './networks.schemas.js';

export async function listNetworks(ctx: ServiceContext, query: NetworkListQuery): Promise<Page<NetworkSummary>> {
  const cursor = decodeCursor(query.cursor, 2);
  const rows = await listNetworkRows(ctx.db, ctx.viewer, query, {
    limit: query.limit,
    after: cursor ? { sortName: String(cursor[0]), id: String(cursor[1]) } : undefined,
  });
  const [memberCounts, places] = await Promise.all([
    countCurrentMembers(ctx.db, rows.map((row) => row.id)),
    placeRefsByIds(ctx, rows.map((row) => row.regionPlaceId)),
  ]);
  const refs = { places, organizations: new Map() };
  return toPage(
    rows,
    query.limit,
    (row) => [row.sortName, row.id],
    (row) => presentNetworkSummary(row, memberCounts.get(row.id) ?? 0, refs),
  );
}

export async function getNetwork(ctx: ServiceContext, id: string): Promise<NetworkDetail> {
  const row = await findNetworkRow(ctx.db, ctx.viewer, id);
  if (!row) throw notFound('Network', id);
  const members = await findMemberRows(ctx.db, id);
  const [places, organizations] = await Promise.all([
    placeRefsByIds(ctx, [row.regionPlaceId, ...members.map((member) => member.placeId)]),
    organizationRefsByIds(ctx, [row.organizationId, ...members.map((member) => member.organizationId)]),
  ]);
  return presentNetworkDetail(row, members, { places, organizations });
}
