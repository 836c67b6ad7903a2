import { requireRead } from '../../core/auth/policy.js';
import { decodeCursor, toPage, type Page } from '../../core/http/pagination.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { presentNetworkDetail, presentNetworkSummary } from './networks.presenter.js';
import { countCurrentMembers, findMemberRows, findNetworkRow, listNetworkRows } from './networks.repository.js';
import type { NetworkDetail, NetworkListQuery, NetworkSummary } from './networks.schemas.js';

export async function listNetworks(ctx: ServiceContext, query: NetworkListQuery): Promise<Page<NetworkSummary>> {
  const cursor = decodeCursor(query.cursor, 2);
  return ctx.transaction(async (tx, ctx) => {
    const rows = await listNetworkRows(tx, ctx.viewer, query, {
      limit: query.limit,
      after: cursor ? { sortName: String(cursor[0]), id: String(cursor[1]) } : undefined,
    });
    const memberCounts = await countCurrentMembers(tx, rows.map((row) => row.id));
    const refs = { places: await placeRefsByIds(ctx, rows.map((row) => row.regionPlaceId)), organizations: new Map() };
    return toPage(
      rows,
      query.limit,
      (row) => [row.sortName, row.id],
      (row) => presentNetworkSummary(row, memberCounts.get(row.id) ?? 0, refs),
    );
  });
}

export async function getNetwork(ctx: ServiceContext, id: string): Promise<NetworkDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const row = requireRead(ctx.viewer, await findNetworkRow(tx, id), 'Network', id);
    const members = await findMemberRows(tx, id);
    const places = await placeRefsByIds(ctx, [row.regionPlaceId, ...members.map((member) => member.placeId)]);
    const organizations = await organizationRefsByIds(ctx, [row.organizationId, ...members.map((member) => member.organizationId)]);
    return presentNetworkDetail(row, members, { places, organizations });
  });
}
